package org.caravan.solver.construction;

import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A first plan, built the way a careful planner would and fast enough for 20,000 people: by must-attend and
 * priority, each participant gets a cheap itinerary with free seats and the cheapest room that keeps every hard rule,
 * while their fund and the budget last. It never breaks a hard rule, so the search starts feasible and only
 * improves from there. Participants already placed (a checkpoint, a published plan) are kept as they are.
 */
public final class GreedyPlacement {

    /** How many of the cheapest itineraries with seats are tried per participant. */
    private static final int ITINERARIES_TRIED = 3;

    private GreedyPlacement() {
    }

    public static void place(CaravanSolution solution) {
        place(solution, false);
    }

    /**
     * Places only the must-attend participants still out, wherever the rooming rules and seats allow, whatever the money:
     * a re-plan does this first, then leaves out others to fit the money ({@link StartRepair}), so that the people
     * who must come are never the ones the money leaves out.
     */
    public static void placeRequired(CaravanSolution solution) {
        place(solution, true);
    }

    private static void place(CaravanSolution solution, boolean requiredOnly) {
        PlanState state = PlanState.of(solution);
        List<Participant> waiting = new ArrayList<>(solution.getParticipants().stream()
                .filter(participant -> !participant.isBrought() && !participant.isOutOfReach()
                        && (!requiredOnly || participant.isMustAttend())).toList());
        waiting.sort(Comparator.comparing(Participant::isMustAttend).reversed()
                .thenComparing(Comparator.comparingInt(Participant::getPriority).reversed())
                .thenComparingLong(participant -> participant.getItineraryRange().get(0).priceCents()));
        List<Room> roomsByBedPrice = solution.getRooms().stream()
                .sorted(Comparator.comparingDouble(room -> (double) room.priceCents() / room.capacity()))
                .toList();
        for (Participant participant : waiting) {
            Placement best = null;
            for (Itinerary itinerary : state.cheapestItinerariesWithSeats(participant, ITINERARIES_TRIED)) {
                Placement candidate = cheapestRoom(state, participant, itinerary, roomsByBedPrice);
                if (candidate != null && (best == null || candidate.cost < best.cost)) {
                    best = candidate;
                }
            }
            participant.setItinerary(best == null ? participant.getItineraryRange().get(0) : best.itinerary);
            if (best != null && (requiredOnly || state.afford(participant, best.itinerary, best.room) instanceof PlanState.Affordable)) {
                participant.setRoom(best.room);
                state.book(participant, best.itinerary, best.room);
            }
        }
    }

    private record Placement(Itinerary itinerary, Room room, long cost) {
    }

    private static Placement cheapestRoom(PlanState state, Participant participant, Itinerary itinerary, List<Room> roomsByBedPrice) {
        long itineraryCost = itinerary.priceCents() + itinerary.travelHourCents();
        if (!participant.needsLodging()) {
            return new Placement(itinerary, Room.NOT_NEEDED, itineraryCost);
        }
        long mask = participant.stayMask(itinerary);
        int nights = Long.bitCount(mask);
        Placement best = null;
        // A room already in use costs only the nights it is still empty, plus the tax.
        for (Room room : state.usedRooms()) {
            if (state.fits(participant, room, mask)) {
                long cost = itineraryCost + state.marginalRoomCost(room, mask) + room.hotel().taxCentsPerPersonNight() * nights;
                if (best == null || cost < best.cost) {
                    best = new Placement(itinerary, room, cost);
                }
            }
        }
        // An empty room: the cheapest bed, since others will fill it; someone who needs it alone pays it all.
        for (Room room : roomsByBedPrice) {
            if (!state.isUsed(room) && state.fits(participant, room, mask)) {
                long cost = itineraryCost + (room.priceCents() + room.hotel().taxCentsPerPersonNight()) * nights;
                if (best == null || cost < best.cost) {
                    best = new Placement(itinerary, room, cost);
                }
                if (!participant.needsSingleRoom()) {
                    break;
                }
            }
        }
        return best;
    }
}
