package org.caravan.solver.search;

import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the change filter lets through, on a generated event's first plan. */
class FeasibleChangeTest {

    private final CaravanSolution solution = SearchFixture.firstPlan(60, 31, 0.6);
    private final List<Participant> everyone = solution.getParticipants();

    @Test
    void aNewItineraryForSomeoneLeftOutIsSkipped() {
        Participant left = everyone.stream().filter(p -> !p.isBrought() && p.getItineraryRange().size() > 1).findFirst()
                .orElseThrow();
        Itinerary other = left.getItineraryRange().stream().filter(i -> i != left.getItinerary()).findFirst().orElseThrow();
        assertThat(FeasibleChange.accept(everyone, left, other, left.getRoom(), false)).isFalse();
    }

    @Test
    void bringingSomeoneLeftOutIsKeptWhenTheRoomFits() {
        Participant left = everyone.stream().filter(p -> !p.isBrought() && !p.getRoomRange().isEmpty()).findFirst()
                .orElseThrow();
        long fitting = left.getRoomRange().stream()
                .filter(room -> Placement.fits(everyone, left, left.getItinerary(), room, null)).count();
        long kept = left.getRoomRange().stream()
                .filter(room -> FeasibleChange.accept(everyone, left, left.getItinerary(), room, true)).count();
        assertThat(kept).isEqualTo(fitting).isLessThan(left.getRoomRange().size());
    }

    @Test
    void aMustAttendParticipantIsNeverTakenOutAndOthersMayBe() {
        Participant mustAttend = everyone.stream().filter(p -> p.isMustAttend() && p.isBrought()).findFirst().orElseThrow();
        Participant other = everyone.stream().filter(p -> !p.isMustAttend() && p.isBrought()).findFirst().orElseThrow();
        assertThat(FeasibleChange.accept(everyone, mustAttend, mustAttend.getItinerary(), null, true)).isFalse();
        assertThat(FeasibleChange.accept(everyone, other, other.getItinerary(), null, true)).isTrue();
    }

    @Test
    void aBroughtParticipantKeepsAnItineraryChangeOnlyWhenTheirRoomStillFits() {
        int checked = 0;
        for (Participant brought : everyone) {
            if (!brought.isInRealRoom()) {
                continue;
            }
            for (Itinerary trip : brought.getItineraryRange()) {
                assertThat(FeasibleChange.accept(everyone, brought, trip, brought.getRoom(), false))
                        .isEqualTo(Placement.fits(everyone, brought, trip, brought.getRoom(), null));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }
}
