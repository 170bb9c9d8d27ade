package org.caravan.solver.construction;

import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.FlightLeg;
import org.caravan.solver.domain.Lodging;
import org.caravan.data.problem.Night;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Trip;
import org.caravan.solver.rules.PayerShare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is where in a plan being built or examined: room occupants per night, seats taken, money spent per payer.
 * Answers the questions of a planner placing one more person: does this room fit, are there seats, is there money.
 */
public final class PlanState {

    private final CaravanSolution solution;
    private final Map<Lodging, List<Attendee>[]> occupants = new HashMap<>();
    private final List<Lodging> usedRooms = new ArrayList<>();
    private final Map<FlightLeg, Integer> seatsTaken = new HashMap<>();
    private final Map<Payer, Long> spending = new HashMap<>();
    private long budgetSpending;

    public PlanState(CaravanSolution solution) {
        this.solution = solution;
    }

    /** The state of everyone already brought in the solution. */
    public static PlanState of(CaravanSolution solution) {
        PlanState state = new PlanState(solution);
        solution.getAttendees().stream().filter(Attendee::isBrought)
                .forEach(attendee -> state.book(attendee, attendee.getTrip(), attendee.getRoom()));
        return state;
    }

    /** Why the money does not stretch to one more placement, if it does not. */
    public sealed interface Money {
    }

    public record Affordable() implements Money {
    }

    public record FundShort(Payer payer, long leftCents, long neededCents) implements Money {
    }

    public record BudgetShort(long leftCents, long neededCents) implements Money {
    }

    /** What each payer spends, by the same per room-night shares the budget rules use. */
    public Map<Payer, Long> spendingByPayer() {
        return Collections.unmodifiableMap(spending);
    }

    public List<Lodging> usedRooms() {
        return usedRooms;
    }

    public boolean isUsed(Lodging room) {
        return occupants.containsKey(room);
    }

    public boolean hasSeats(Trip trip) {
        return trip.limitedLegs().stream().allMatch(leg -> seatsTaken.getOrDefault(leg, 0) < leg.seats());
    }

    /** The cheapest trips (price and travel time) on which every group fare still has a seat. */
    public List<Trip> cheapestTripsWithSeats(Attendee attendee, int limit) {
        if (!attendee.flies()) {
            return List.of(attendee.getTrip());
        }
        return attendee.getTripRange().stream()
                .filter(this::hasSeats)
                .sorted(Comparator.comparingLong(trip -> trip.priceCents() + trip.travelHourCents()))
                .limit(limit)
                .toList();
    }

    public int seatsTaken(FlightLeg leg) {
        return seatsTaken.getOrDefault(leg, 0);
    }

    /** Rules 1–4 for one more occupant on the nights of {@code mask}. */
    public boolean fits(Attendee attendee, Lodging room, long mask) {
        if (!room.availableFor(mask) || (attendee.needsAccessibleRoom() && !room.accessible())) {
            return false;
        }
        List<Attendee>[] byNight = occupants.get(room);
        if (byNight == null) {
            return room.capacity() >= 1;
        }
        for (Night night : solution.getNights()) {
            List<Attendee> there = byNight[night.index()];
            if ((mask & night.bit()) == 0 || there == null || there.isEmpty()) {
                continue;
            }
            if (attendee.needsSingleRoom() || there.size() >= room.capacity()) {
                return false;
            }
            for (Attendee other : there) {
                if (other.needsSingleRoom() || !attendee.maySleepWith(other)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Room-nights that one more occupant would open: the price of each night the room is still empty. */
    public long marginalRoomCost(Lodging room, long mask) {
        List<Attendee>[] byNight = occupants.get(room);
        long cost = 0;
        for (Night night : solution.getNights()) {
            if ((mask & night.bit()) != 0 && (byNight == null || byNight[night.index()] == null || byNight[night.index()].isEmpty())) {
                cost += room.priceCents();
            }
        }
        return cost;
    }

    /** Whether the attendee's payer and the total budget can carry them on this trip and in this room. */
    public Money afford(Attendee attendee, Trip trip, Lodging room) {
        Map<Payer, Long> delta = spendingDelta(attendee, trip, room);
        long budgetDelta = 0;
        for (var entry : delta.entrySet()) {
            Payer payer = entry.getKey();
            long spent = spending.getOrDefault(payer, 0L);
            if (payer.isCapped() && spent + entry.getValue() > payer.capCents()) {
                return new FundShort(payer, payer.capCents() - spent, entry.getValue());
            }
            if (payer.inBudget()) {
                budgetDelta += entry.getValue();
            }
        }
        long left = solution.getBudget().totalCents() - budgetSpending;
        return budgetDelta <= left ? new Affordable() : new BudgetShort(left, budgetDelta);
    }

    private Map<Payer, Long> spendingDelta(Attendee attendee, Trip trip, Lodging room) {
        Trip previousTrip = attendee.getTrip();
        attendee.setTrip(trip);
        try {
            Map<Payer, Long> delta = new LinkedHashMap<>();
            long personal = attendee.flightCents() + attendee.visaFeeCents();
            if (room.isReal()) {
                personal += room.hotel().taxCentsPerPersonNight() * attendee.nightCount();
                List<Attendee>[] byNight = occupants.get(room);
                for (Night night : attendee.stays()) {
                    List<Attendee> before = byNight == null || byNight[night.index()] == null ? List.of() : byNight[night.index()];
                    List<Attendee> after = new ArrayList<>(before);
                    after.add(attendee);
                    if (!before.isEmpty()) {
                        PayerShare.of(room, before).forEach(share -> delta.merge(share.payer(), -share.cents(), Long::sum));
                    }
                    PayerShare.of(room, after).forEach(share -> delta.merge(share.payer(), share.cents(), Long::sum));
                }
            }
            delta.merge(attendee.getPayer(), personal, Long::sum);
            return delta;
        } finally {
            attendee.setTrip(previousTrip);
        }
    }

    @SuppressWarnings("unchecked")
    public void book(Attendee attendee, Trip trip, Lodging room) {
        spendingDelta(attendee, trip, room).forEach((payer, cents) -> {
            spending.merge(payer, cents, Long::sum);
            if (payer.inBudget()) {
                budgetSpending += cents;
            }
        });
        if (attendee.flies()) {
            trip.limitedLegs().forEach(leg -> seatsTaken.merge(leg, 1, Integer::sum));
        }
        if (room.isReal()) {
            Trip previousTrip = attendee.getTrip();
            attendee.setTrip(trip);
            List<Attendee>[] byNight = occupants.computeIfAbsent(room, key -> {
                usedRooms.add(key);
                return new List[solution.getNights().size()];
            });
            for (Night night : attendee.stays()) {
                if (byNight[night.index()] == null) {
                    byNight[night.index()] = new ArrayList<>(room.capacity());
                }
                byNight[night.index()].add(attendee);
            }
            attendee.setTrip(previousTrip);
        }
    }
}
