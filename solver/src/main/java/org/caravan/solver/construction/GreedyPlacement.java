package org.caravan.solver.construction;

import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Lodging;
import org.caravan.solver.domain.Trip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A first plan, built the way a careful planner would and fast enough for 20,000 people: by must-attend and
 * priority, each participant gets a cheap trip with free seats and the cheapest room that keeps every hard rule,
 * while their fund and the budget last. It never breaks a hard rule, so the search starts feasible and only
 * improves from there. Participants already placed (a checkpoint, a published plan) are kept as they are.
 */
public final class GreedyPlacement {

    /** How many of the cheapest trips with seats are tried per participant. */
    private static final int TRIPS_TRIED = 3;

    private GreedyPlacement() {
    }

    public static void place(CaravanSolution solution) {
        PlanState state = PlanState.of(solution);
        List<Attendee> waiting = new ArrayList<>(solution.getAttendees().stream()
                .filter(attendee -> !attendee.isBrought() && !attendee.isPinned()).toList());
        waiting.sort(Comparator.comparing(Attendee::isMustAttend).reversed()
                .thenComparing(Comparator.comparingInt(Attendee::getPriority).reversed())
                .thenComparingLong(attendee -> attendee.getTripRange().get(0).priceCents()));
        List<Lodging> roomsByBedPrice = solution.getRooms().stream()
                .sorted(Comparator.comparingDouble(room -> (double) room.priceCents() / room.capacity()))
                .toList();
        for (Attendee attendee : waiting) {
            Placement best = null;
            for (Trip trip : state.cheapestTripsWithSeats(attendee, TRIPS_TRIED)) {
                attendee.setTrip(trip);
                Placement candidate = cheapestRoom(state, attendee, trip, roomsByBedPrice);
                if (candidate != null && (best == null || candidate.cost < best.cost)) {
                    best = candidate;
                }
            }
            attendee.setTrip(best == null ? attendee.getTripRange().get(0) : best.trip);
            if (best != null && state.afford(attendee, best.trip, best.room) instanceof PlanState.Affordable) {
                attendee.setRoom(best.room);
                state.book(attendee, best.trip, best.room);
            }
        }
    }

    private record Placement(Trip trip, Lodging room, long cost) {
    }

    private static Placement cheapestRoom(PlanState state, Attendee attendee, Trip trip, List<Lodging> roomsByBedPrice) {
        long tripCost = trip.priceCents() + trip.travelHourCents();
        if (!attendee.needsLodging()) {
            return new Placement(trip, Lodging.NOT_NEEDED, tripCost);
        }
        long mask = attendee.nightsMask();
        int nights = Long.bitCount(mask);
        Placement best = null;
        // A room already in use costs only the nights it is still empty, plus the tax.
        for (Lodging room : state.usedRooms()) {
            if (state.fits(attendee, room, mask)) {
                long cost = tripCost + state.marginalRoomCost(room, mask) + room.hotel().taxCentsPerPersonNight() * nights;
                if (best == null || cost < best.cost) {
                    best = new Placement(trip, room, cost);
                }
            }
        }
        // An empty room: the cheapest bed, since others will fill it; someone who needs it alone pays it all.
        for (Lodging room : roomsByBedPrice) {
            if (!state.isUsed(room) && state.fits(attendee, room, mask)) {
                long cost = tripCost + (room.priceCents() + room.hotel().taxCentsPerPersonNight()) * nights;
                if (best == null || cost < best.cost) {
                    best = new Placement(trip, room, cost);
                }
                if (!attendee.needsSingleRoom()) {
                    break;
                }
            }
        }
        return best;
    }
}
