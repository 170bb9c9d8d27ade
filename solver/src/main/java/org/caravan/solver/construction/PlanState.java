package org.caravan.solver.construction;

import org.caravan.data.problem.Night;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.Segment;
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
    private final Map<Room, List<Participant>[]> occupants = new HashMap<>();
    private final List<Room> usedRooms = new ArrayList<>();
    private final Map<Segment, Integer> seatsTaken = new HashMap<>();
    private final Map<Payer, Long> spending = new HashMap<>();
    private long budgetSpending;

    public PlanState(CaravanSolution solution) {
        this.solution = solution;
        for (Payer payer : solution.getPayers()) {
            if (payer.spentCents() != 0) {
                spending.put(payer, payer.spentCents());
                if (payer.inBudget()) {
                    budgetSpending += payer.spentCents();
                }
            }
        }
    }

    /** The state of everyone already brought in the solution. */
    public static PlanState of(CaravanSolution solution) {
        PlanState state = new PlanState(solution);
        solution.getParticipants().stream().filter(Participant::isBrought)
                .forEach(participant -> state.book(participant, participant.getItinerary(), participant.getRoom()));
        return state;
    }

    /** Whether the money stretches to one more placement, and if not, what is short. */
    public sealed interface Affordability {
    }

    public record Affordable() implements Affordability {
    }

    public record FundShort(Payer payer, long leftCents, long neededCents) implements Affordability {
    }

    public record BudgetShort(long leftCents, long neededCents) implements Affordability {
    }

    /** What payers other than SELF spend together: what {@code budget.total} bounds. */
    public long budgetSpendingCents() {
        return budgetSpending;
    }

    /** What each payer spends, by the same per room-night shares the budget rules use. */
    public Map<Payer, Long> spendingByPayer() {
        return Collections.unmodifiableMap(spending);
    }

    public List<Room> usedRooms() {
        return usedRooms;
    }

    public boolean isUsed(Room room) {
        return occupants.containsKey(room);
    }

    public boolean hasSeats(Itinerary itinerary) {
        return itinerary.limitedSegments().stream().allMatch(segment -> seatsTaken.getOrDefault(segment, 0) < segment.seats());
    }

    /** The cheapest itineraries (price and travel time) on which every group fare still has a seat. */
    public List<Itinerary> cheapestItinerariesWithSeats(Participant participant, int limit) {
        if (!participant.flies()) {
            return List.of(participant.getItinerary());
        }
        return participant.getItineraryRange().stream()
                .filter(this::hasSeats)
                .sorted(Comparator.comparingLong(itinerary -> itinerary.priceCents() + itinerary.travelHourCents()))
                .limit(limit)
                .toList();
    }

    public int seatsTaken(Segment segment) {
        return seatsTaken.getOrDefault(segment, 0);
    }

    /** Rules 1–4 for one more occupant on the nights of {@code mask}. */
    public boolean fits(Participant participant, Room room, long mask) {
        if (!room.availableFor(mask) || (participant.needsAccessibleRoom() && !room.accessible())) {
            return false;
        }
        List<Participant>[] byNight = occupants.get(room);
        if (byNight == null) {
            return room.capacity() >= 1;
        }
        for (Night night : solution.getNights()) {
            List<Participant> there = byNight[night.index()];
            if ((mask & night.bit()) == 0 || there == null || there.isEmpty()) {
                continue;
            }
            if (participant.needsSingleRoom() || there.size() >= room.capacity()) {
                return false;
            }
            for (Participant other : there) {
                if (other.needsSingleRoom() || !participant.maySleepWith(other)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Room-nights that one more occupant would open: the price of each night the room is still empty. */
    public long marginalRoomCost(Room room, long mask) {
        List<Participant>[] byNight = occupants.get(room);
        long cost = 0;
        for (Night night : solution.getNights()) {
            if ((mask & night.bit()) != 0 && (byNight == null || byNight[night.index()] == null || byNight[night.index()].isEmpty())) {
                cost += room.priceCents();
            }
        }
        return cost;
    }

    /** Whether the participant's payer and the total budget can carry them on this itinerary and in this room. */
    public Affordability afford(Participant participant, Itinerary itinerary, Room room) {
        Map<Payer, Long> delta = spendingDelta(participant, itinerary, room);
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

    /** What placing the participant on this itinerary and in this room would change in each payer's spending. */
    private Map<Payer, Long> spendingDelta(Participant participant, Itinerary itinerary, Room room) {
        Map<Payer, Long> delta = new LinkedHashMap<>();
        long personal = participant.flightCents(itinerary) + participant.visaFeeCents(itinerary);
        if (room.isReal()) {
            personal += room.hotel().taxCentsPerPersonNight() * Long.bitCount(participant.stayMask(itinerary));
            List<Participant>[] byNight = occupants.get(room);
            for (Night night : participant.nights(itinerary)) {
                List<Participant> before = byNight == null || byNight[night.index()] == null ? List.of() : byNight[night.index()];
                List<Participant> after = new ArrayList<>(before);
                after.add(participant);
                if (!before.isEmpty()) {
                    PayerShare.of(room, before).forEach(share -> delta.merge(share.payer(), -share.cents(), Long::sum));
                }
                PayerShare.of(room, after).forEach(share -> delta.merge(share.payer(), share.cents(), Long::sum));
            }
        }
        delta.merge(participant.getPayer(), personal, Long::sum);
        return delta;
    }

    /** Counts the participant in, on this itinerary and in this room; their own decisions are not touched. */
    @SuppressWarnings("unchecked")
    public void book(Participant participant, Itinerary itinerary, Room room) {
        spendingDelta(participant, itinerary, room).forEach((payer, cents) -> {
            spending.merge(payer, cents, Long::sum);
            if (payer.inBudget()) {
                budgetSpending += cents;
            }
        });
        if (participant.flies()) {
            itinerary.limitedSegments().forEach(segment -> seatsTaken.merge(segment, 1, Integer::sum));
        }
        if (room.isReal()) {
            List<Participant>[] byNight = occupants.computeIfAbsent(room, key -> {
                usedRooms.add(key);
                return new List[solution.getNights().size()];
            });
            for (Night night : participant.nights(itinerary)) {
                if (byNight[night.index()] == null) {
                    byNight[night.index()] = new ArrayList<>(room.capacity());
                }
                byNight[night.index()].add(participant);
            }
        }
    }
}
