package org.caravan.solver.search;

import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placement must agree with the hard rules of rooms and seats: it refuses exactly the placements that break one, and
 * accepts every placement of a feasible plan.
 */
class PlacementTest {

    @Test
    void everyPlacementOfAFeasiblePlanFits() {
        CaravanSolution solution = SearchFixture.firstPlan(80, 21, 0.85);
        assertThat(SearchFixture.score(solution).hardScore()).isZero();
        List<Participant> everyone = solution.getParticipants();
        long brought = everyone.stream().filter(Participant::isBrought).count();
        assertThat(brought).isGreaterThan(40);
        for (Participant participant : everyone) {
            if (participant.isBrought()) {
                assertThat(Placement.fits(everyone, participant, participant.getItinerary(), participant.getRoom(), null))
                        .as(participant.getId()).isTrue();
            }
        }
    }

    /**
     * With money no object, the hard rules left are those of rooms and seats, which Placement states: from a feasible
     * plan without the participant, a placement fits exactly when the plan with it stays feasible.
     */
    @Test
    void aPlacementFitsExactlyWhenTheRoomAndSeatRulesHold() {
        CaravanSolution solution = SearchFixture.firstPlanWithoutMoneyLimits(60, 22);
        assertThat(SearchFixture.score(solution).hardScore()).isZero();
        List<Participant> everyone = solution.getParticipants();
        Random random = new Random(5);
        int refused = 0;
        int accepted = 0;
        for (Participant participant : everyone) {
            if (participant.isMustAttend() || participant.getRoomRange().isEmpty()) {
                continue;
            }
            Itinerary itinerary = participant.getItinerary();
            Room room = participant.getRoom();
            participant.setRoom(null);
            assertThat(SearchFixture.score(solution).hardScore()).isZero();
            for (int draw = 0; draw < 12; draw++) {
                Itinerary trip = pick(participant.getItineraryRange(), random);
                Room bed = pick(participant.getRoomRange(), random);
                boolean fits = Placement.fits(everyone, participant, trip, bed, null);
                participant.setItinerary(trip);
                participant.setRoom(bed);
                assertThat(SearchFixture.score(solution).hardScore() == 0)
                        .as("%s on %s in %s", participant, trip, bed).isEqualTo(fits);
                if (fits) {
                    accepted++;
                } else {
                    refused++;
                }
                participant.setRoom(null);
            }
            participant.setItinerary(itinerary);
            participant.setRoom(room);
        }
        assertThat(refused).as("placements refused").isGreaterThan(50);
        assertThat(accepted).as("placements accepted").isGreaterThan(20);
    }

    @Test
    void theLeaverFreesTheirBed() {
        CaravanSolution solution = SearchFixture.firstPlan(60, 23, 0.85);
        List<Participant> everyone = solution.getParticipants();
        // A full room night: someone brought whose room has no bed left for a same-gender newcomer with their nights.
        for (Participant occupant : everyone) {
            if (!occupant.isInRealRoom()) {
                continue;
            }
            for (Participant newcomer : everyone) {
                if (newcomer != occupant && !newcomer.isBrought() && newcomer.getRoomRange().contains(occupant.getRoom())
                        && !Placement.fits(everyone, newcomer, occupant.getItinerary(), occupant.getRoom(), null)
                        && newcomer.stayMask(occupant.getItinerary()) == occupant.stayMask()) {
                    boolean freed = Placement.fits(everyone, newcomer, occupant.getItinerary(), occupant.getRoom(), occupant);
                    if (freed) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no room in which a leaver's bed makes the difference: the fixture proves nothing");
    }

    @Test
    void theIndexedPlanAnswersAsTheScanDoes() {
        CaravanSolution solution = SearchFixture.firstPlan(80, 24, 0.7);
        List<Participant> everyone = solution.getParticipants();
        Placement indexed = Placement.of(everyone);
        Random random = new Random(9);
        int fitting = 0;
        for (int draw = 0; draw < 3_000; draw++) {
            Participant who = pick(everyone, random);
            if (who.getRoomRange().isEmpty()) {
                continue;
            }
            Participant leaving = random.nextBoolean() ? pick(everyone, random) : null;
            Itinerary trip = pick(who.getItineraryRange(), random);
            Room bed = random.nextInt(4) == 0 && leaving != null && leaving.isInRealRoom() ? leaving.getRoom()
                    : pick(who.getRoomRange(), random);
            boolean fits = Placement.fits(everyone, who, trip, bed, leaving);
            assertThat(indexed.fits(who, trip, bed, leaving)).as("%s on %s in %s, %s leaving", who, trip, bed, leaving)
                    .isEqualTo(fits);
            fitting += fits ? 1 : 0;
        }
        assertThat(fitting).isBetween(100, 2_900);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
