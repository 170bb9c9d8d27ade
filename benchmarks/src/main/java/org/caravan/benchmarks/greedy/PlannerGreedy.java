package org.caravan.benchmarks.greedy;

import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.NotBroughtReason.Code;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.problem.CompiledParticipant;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.CompiledRoom;
import org.caravan.data.problem.TravelOption;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.RoomSharing;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.rules.SoftRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline a careful planner would reach by hand with a spreadsheet, one participant at a time and never
 * revisiting a decision:
 * <ol>
 * <li>participants in order of must-attend, then priority (highest first), then their cheapest way to come;</li>
 * <li>each gets the cheapest allowed itinerary (fare, visa fees and its own discomfort penalties, plus a new shuttle
 * slot if it opens one) with a free seat on every segment;</li>
 * <li>then the cheapest compatible room for the nights that itinerary gives: the money it adds to the plan (a new
 * room-night costs its price, joining an occupied one only the tax) plus the roommate, star-level and delegation
 * penalties it adds, among rooms with a free bed every night, available on every night, of the same gender or
 * household, alone for a single-room need, accessible for an accessibility need;</li>
 * <li>only while the total budget and the participant's fund still cover the exact shares of docs/RULES.md; otherwise the
 * next itinerary is tried, and when none fits the participant is not brought.</li>
 * </ol>
 * Budget checks use the exact per-payer room-night shares ({@link Money#share}), so the plan is within budget by the
 * same arithmetic the checker uses.
 */
public final class PlannerGreedy {

    private final CompiledProblem problem;
    private final int[] seatsUsed;
    private final List<List<Occupant>> occupants;
    private final int[][] beds;
    /** Payer counts per room-night, for the exact shares; created when the room-night gets its first occupant. */
    private final Map<Long, Map<String, Integer>> payersByRoomNight = new HashMap<>();
    private final Map<String, Long> spentByPayer = new HashMap<>();
    private final Map<String, Long> fundAmounts;
    private long spentInBudget;
    private final Set<ShuttleSlot> usedSlots = new HashSet<>();
    private final Map<String, Set<String>> hotelsByDelegation = new HashMap<>();
    private final Map<Integer, Placement> placements = new HashMap<>();
    /** Who asked to room with whom, read backwards: a distinct request counts once (docs/RULES.md). */
    private final Map<String, List<String>> requestedBy = new HashMap<>();

    private record Occupant(CompiledParticipant person, long stayMask) {
    }

    private record Placement(TravelOption option, CompiledRoom room) {
    }

    /** A candidate room and what it adds: objective cents (ranking) and per-payer money (budget). */
    private record RoomChoice(CompiledRoom room, long addedCents, Map<String, Long> spend) {
    }

    private PlannerGreedy(CompiledProblem problem) {
        this.problem = problem;
        this.seatsUsed = new int[problem.segments().size()];
        this.occupants = new ArrayList<>();
        problem.rooms().forEach(room -> occupants.add(new ArrayList<>()));
        this.beds = new int[problem.rooms().size()][problem.nights().size()];
        this.fundAmounts = problem.fundCents();
        for (CompiledParticipant person : problem.participants()) {
            person.participant().roommateRequests().stream().distinct().forEach(requested ->
                    requestedBy.computeIfAbsent(requested, r -> new ArrayList<>()).add(person.id()));
        }
    }

    /** The greedy plan's decisions, one assignment per participant in dataset order. */
    public static List<Assignment> plan(CompiledProblem problem) {
        return new PlannerGreedy(problem).run();
    }

    private List<Assignment> run() {
        List<CompiledParticipant> order = new ArrayList<>(problem.participants());
        order.sort(Comparator.comparing((CompiledParticipant p) -> !p.mustAttend())
                .thenComparing(Comparator.comparingInt(CompiledParticipant::priority).reversed())
                .thenComparingLong(p -> p.cheapestFirst().isEmpty() ? Long.MAX_VALUE : p.cheapestFirst().get(0).ownCents())
                .thenComparingInt(CompiledParticipant::index));
        Map<Integer, List<NotBroughtReason>> why = new HashMap<>();
        for (CompiledParticipant person : order) {
            List<NotBroughtReason> reasons = place(person);
            if (!reasons.isEmpty()) {
                why.put(person.index(), reasons);
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        for (CompiledParticipant person : problem.participants()) {
            Placement placement = placements.get(person.index());
            if (placement == null) {
                assignments.add(Assignment.notBrought(person.id(), why.getOrDefault(person.index(), List.of())));
            } else {
                assignments.add(new Assignment(person.id(), true, placement.option().itineraryId(),
                        placement.room() == null ? null : placement.room().id(),
                        problem.nights().dates(placement.option().stayMask()), false, false, null));
            }
        }
        return assignments;
    }

    /** Places the person if some option fits; returns why not otherwise. */
    private List<NotBroughtReason> place(CompiledParticipant person) {
        if (!person.bringable()) {
            return List.of(new NotBroughtReason(Code.NO_ITINERARY, null, "No allowed itinerary"));
        }
        List<TravelOption> options = new ArrayList<>(person.cheapestFirst());
        options.sort(Comparator.comparingLong(this::travelCents));
        Code lastFailure = Code.NO_SEATS;
        for (TravelOption option : options) {
            if (!seatsFree(option)) {
                lastFailure = Code.NO_SEATS;
                continue;
            }
            Map<String, Long> ownSpend = Map.of(person.payer(), option.personCents());
            if (!person.needsRoom()) {
                if (!withinBudget(ownSpend)) {
                    lastFailure = budgetFailure(person);
                    continue;
                }
                commit(person, option, null, ownSpend);
                return List.of();
            }
            RoomChoice best = null;
            boolean anyCompatible = false;
            Set<String> emptyRoomKindsSeen = new HashSet<>();
            for (CompiledRoom room : problem.rooms()) {
                if (occupants.get(room.index()).isEmpty() && !emptyRoomKindsSeen.add(room.kind())) {
                    continue; // an empty room identical to one already weighed adds exactly the same
                }
                if (!compatible(person, option, room)) {
                    continue;
                }
                anyCompatible = true;
                RoomChoice choice = weigh(person, option, room);
                if ((best == null || choice.addedCents() < best.addedCents()) && withinBudget(choice.spend())) {
                    best = choice;
                }
            }
            if (best != null) {
                commit(person, option, best.room(), best.spend());
                return List.of();
            }
            lastFailure = anyCompatible ? budgetFailure(person) : Code.NO_COMPATIBLE_ROOM;
        }
        return List.of(new NotBroughtReason(lastFailure, null, switch (lastFailure) {
            case NO_SEATS -> "No free seat on any allowed itinerary";
            case NO_COMPATIBLE_ROOM -> "No compatible room with a free bed on the nights of any allowed itinerary";
            case FUND_EXHAUSTED -> "The fund " + person.payer() + " cannot cover the cheapest way to bring them";
            default -> "The budget cannot cover the cheapest way to bring them";
        }));
    }

    private Code budgetFailure(CompiledParticipant person) {
        return fundAmounts.containsKey(person.payer()) ? Code.FUND_EXHAUSTED : Code.BUDGET;
    }

    /** The itinerary's ranking: its own money and discomfort, plus a shuttle run if it opens a new arrival slot. */
    private long travelCents(TravelOption option) {
        long slot = option.arrivalSlot() != null && !usedSlots.contains(option.arrivalSlot())
                ? problem.weightCents(SoftRule.ARRIVAL_SLOT) : 0;
        return option.ownCents() + slot;
    }

    private boolean seatsFree(TravelOption option) {
        for (int s : option.segments()) {
            if (seatsUsed[s] >= problem.seatLimit(s)) {
                return false;
            }
        }
        return true;
    }

    /** Hard rules 1 to 4 for this person joining this room on the option's nights. */
    private boolean compatible(CompiledParticipant person, TravelOption option, CompiledRoom room) {
        if (!person.canUse(room) || !room.availableFor(option.stayMask())) {
            return false;
        }
        for (int night : option.nights()) {
            if (beds[room.index()][night] >= room.capacity()) {
                return false;
            }
        }
        boolean single = person.participant().needs().singleRoom();
        for (Occupant other : occupants.get(room.index())) {
            if ((other.stayMask() & option.stayMask()) == 0) {
                continue;
            }
            if (single || other.person().participant().needs().singleRoom() || !RoomSharing.mayShare(person.participant(), other.person().participant())) {
                return false;
            }
        }
        return true;
    }

    /** What joining this room adds to the objective, and to each payer's spending. */
    private RoomChoice weigh(CompiledParticipant person, TravelOption option, CompiledRoom room) {
        Map<String, Long> spend = new HashMap<>();
        spend.merge(person.payer(), option.personCents(), Long::sum);
        long added = 0;
        for (int night : option.nights()) {
            int before = beds[room.index()][night];
            added += (before == 0 ? room.priceCents() : 0) + room.taxCents();
            spend.merge(person.payer(), room.taxCents(), Long::sum);
            Map<String, Integer> payers = payersByRoomNight.getOrDefault(key(room, night), Map.of());
            Map<String, Integer> after = new HashMap<>(payers);
            after.merge(person.payer(), 1, Integer::sum);
            for (Map.Entry<String, Integer> payer : after.entrySet()) {
                long newShare = Money.share(room.priceCents(), payer.getValue(), before + 1);
                long oldShare = before == 0 ? 0
                        : Money.share(room.priceCents(), payers.getOrDefault(payer.getKey(), 0), before);
                spend.merge(payer.getKey(), newShare - oldShare, Long::sum);
            }
        }
        added += roommatePenalties(person, option, room);
        Participant participant = person.participant();
        if (participant.role().isDistinguished() && room.belowVipStars()) {
            added += problem.weightCents(SoftRule.VIP_BELOW_STARS);
        }
        if (participant.delegation() != null) {
            Set<String> hotels = hotelsByDelegation.getOrDefault(participant.delegation(), Set.of());
            if (!hotels.isEmpty() && !hotels.contains(room.hotel().id())) {
                added += problem.weightCents(SoftRule.DELEGATION_SPLIT);
            }
        }
        return new RoomChoice(room, added, spend);
    }

    /**
     * Pair penalties with the people already lodged: language and nationality with roommates, and requests between
     * this person and anyone lodged (honoured only if they end up roommates here).
     */
    private long roommatePenalties(CompiledParticipant person, TravelOption option, CompiledRoom room) {
        Participant p = person.participant();
        long added = 0;
        Set<String> roommates = new HashSet<>();
        RoommateCountryMode mode = problem.dataset().dataset().policy().roommateCountry();
        for (Occupant other : occupants.get(room.index())) {
            if ((other.stayMask() & option.stayMask()) == 0) {
                continue;
            }
            Participant q = other.person().participant();
            roommates.add(q.id());
            if (p.languages().stream().noneMatch(q.languages()::contains)) {
                added += problem.weightCents(SoftRule.NO_COMMON_LANGUAGE);
            }
            boolean sameCountry = p.nationality().equals(q.nationality());
            if ((mode == RoommateCountryMode.MIX && sameCountry) || (mode == RoommateCountryMode.GROUP && !sameCountry)) {
                added += problem.weightCents(SoftRule.ROOMMATE_COUNTRY);
            }
        }
        for (String requested : p.roommateRequests().stream().distinct().toList()) {
            if (!requested.equals(p.id()) && isLodged(requested) && !roommates.contains(requested)) {
                added += problem.weightCents(SoftRule.ROOMMATE_REQUEST_UNMET);
            }
        }
        for (String requester : requestedBy.getOrDefault(p.id(), List.of())) {
            if (!requester.equals(p.id()) && isLodged(requester) && !roommates.contains(requester)) {
                added += problem.weightCents(SoftRule.ROOMMATE_REQUEST_UNMET);
            }
        }
        return added;
    }

    private boolean isLodged(String participantId) {
        CompiledParticipant other = problem.participant(participantId);
        return other != null && placements.containsKey(other.index()) && placements.get(other.index()).room() != null;
    }

    private boolean withinBudget(Map<String, Long> spend) {
        long budgetDelta = 0;
        for (Map.Entry<String, Long> payer : spend.entrySet()) {
            if (BudgetRule.countsInBudget(payer.getKey())) {
                budgetDelta += payer.getValue();
            }
            Long amount = fundAmounts.get(payer.getKey());
            if (amount != null && spentByPayer.getOrDefault(payer.getKey(), 0L) + payer.getValue() > amount) {
                return false;
            }
        }
        return spentInBudget + budgetDelta <= problem.budgetCents();
    }

    private void commit(CompiledParticipant person, TravelOption option, CompiledRoom room, Map<String, Long> spend) {
        for (int s : option.segments()) {
            seatsUsed[s]++;
        }
        if (option.arrivalSlot() != null) {
            usedSlots.add(option.arrivalSlot());
        }
        for (Map.Entry<String, Long> payer : spend.entrySet()) {
            spentByPayer.merge(payer.getKey(), payer.getValue(), Long::sum);
            if (BudgetRule.countsInBudget(payer.getKey())) {
                spentInBudget += payer.getValue();
            }
        }
        if (room != null) {
            for (int night : option.nights()) {
                beds[room.index()][night]++;
                payersByRoomNight.computeIfAbsent(key(room, night), k -> new HashMap<>())
                        .merge(person.payer(), 1, Integer::sum);
            }
            occupants.get(room.index()).add(new Occupant(person, option.stayMask()));
            if (person.participant().delegation() != null) {
                hotelsByDelegation.computeIfAbsent(person.participant().delegation(), d -> new HashSet<>())
                        .add(room.hotel().id());
            }
        }
        placements.put(person.index(), new Placement(option, room));
    }

    private long key(CompiledRoom room, int night) {
        return (long) room.index() * 4096 + night;
    }
}
