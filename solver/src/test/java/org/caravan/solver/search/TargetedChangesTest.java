package org.caravan.solver.search;

import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Participant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change TargetedChanges draws fits the plan, changes something, and all three kinds come up. */
class TargetedChangesTest {

    @Test
    void everyDrawnChangeFitsAndChangesSomething() {
        CaravanSolution solution = SearchFixture.firstPlan(80, 61, 0.7);
        List<Participant> everyone = solution.getParticipants();
        Placement placement = Placement.of(everyone);
        Random random = new Random(4);
        int rooms = 0;
        int itineraries = 0;
        int both = 0;
        int out = 0;
        for (int draw = 0; draw < 3_000; draw++) {
            Participant who = everyone.get(random.nextInt(everyone.size()));
            TargetedChanges.Change change = TargetedChanges.draw(placement, who, random);
            if (change == null) {
                continue;
            }
            if (change.room() == null) {
                assertThat(who.isBrought()).isTrue();
                assertThat(who.isMustAttend()).isFalse();
                out++;
                continue;
            }
            assertThat(change.itinerary() != who.getItinerary() || change.room() != who.getRoom()).isTrue();
            assertThat(who.getItineraryRange()).contains(change.itinerary());
            assertThat(who.getRoomRange()).contains(change.room());
            assertThat(Placement.fits(everyone, who, change.itinerary(), change.room(), null))
                    .as("%s on %s in %s", who, change.itinerary(), change.room()).isTrue();
            if (change.itinerary() == who.getItinerary()) {
                rooms++;
            } else if (change.room() == who.getRoom()) {
                itineraries++;
            } else {
                both++;
            }
        }
        assertThat(rooms).isGreaterThan(100);
        assertThat(itineraries).isGreaterThan(20);
        assertThat(both).isGreaterThan(100);
        assertThat(out).isGreaterThan(0);
    }
}
