package org.caravan.solver.rules;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import org.caravan.data.rules.HardRule;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.SoftRule;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.RoommateRequest;
import org.caravan.solver.domain.SolvePolicy;
import org.caravan.solver.explain.Justification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_MEDIUM;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT;

/**
 * Every rule of DESIGN.md §3–4, with the arithmetic of docs/RULES.md. Hard breaches are measured by their degree;
 * soft amounts are cents. A nuisance's match weight is its units times the policy's money weight for it, read from
 * the solve's {@link SolvePolicy} fact; a rule the policy weighs at zero matches nothing.
 */
public final class CaravanConstraints implements ConstraintProvider {

    public static final String NOT_BROUGHT = "Participant not brought";
    public static final String FLIGHT_COST = "Flight cost";
    public static final String ROOM_COST = "Room cost";
    public static final String TOURIST_TAX = "Tourist tax";
    public static final String VISA_FEES = "Visa fees";
    public static final String MONEY_SPENT = "Money already spent";
    /** The cost constraints, whose soft totals make up {@code costs} in the plan. */
    public static final List<String> COSTS = List.of(FLIGHT_COST, ROOM_COST, TOURIST_TAX, VISA_FEES, MONEY_SPENT);

    // Shared lambdas, so that streams built from them share nodes.
    private static final Predicate<Participant> IN_ROOM = Participant::isInRealRoom;
    private static final Predicate<Participant> FLYING = Participant::flies;
    private static final Function<Participant, Room> ROOM = Participant::getRoom;
    private static final UniConstraintCollector<Participant, ?, RoomUse> ROOM_USE = RoomUse.collector();

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard: a plan that breaks one is infeasible.
                roomCapacity(factory),
                roomUnavailable(factory),
                genderMix(factory),
                singleRoomShared(factory),
                accessibleRoomMissing(factory),
                itineraryNotAllowed(factory),
                seatLimit(factory),
                budgetExceeded(factory),
                fundExceeded(factory),
                mustAttendNotBrought(factory),
                // Medium: bring as many people as possible, weighted by priority.
                participantNotBrought(factory),
                // Soft: money, then the planner's nuisances priced in money.
                flightCost(factory),
                roomCost(factory),
                touristTax(factory),
                visaFees(factory),
                moneySpent(factory),
                noCommonLanguage(factory),
                roommateCountry(factory),
                roommateRequestUnmet(factory),
                delegationSplit(factory),
                connections(factory),
                travelHours(factory),
                longLayovers(factory),
                arrivalSlots(factory),
                vipBelowStars(factory),
                disruption(factory)
        };
    }

    // ---------------------------------------------------------------- shared streams

    /** Each room someone sleeps in, with how it is used over the nights and what each payer owes for it. */
    private static BiConstraintStream<Room, RoomUse> usedRooms(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(IN_ROOM)
                .groupBy(ROOM, ROOM_USE);
    }

    /** Pairs of brought participants in the same room with at least one night in common. */
    private static BiConstraintStream<Participant, Participant> roommates(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(IN_ROOM)
                .join(factory.forEach(Participant.class).filter(IN_ROOM),
                        Joiners.equal(Participant::getRoom),
                        Joiners.lessThan(Participant::getIndex),
                        Joiners.filtering(Participant::overlaps));
    }

    /** What each payer spends: its participants' own costs plus its shares of their room-nights. */
    private static BiConstraintStream<Payer, Long> spendingByPayer(ConstraintFactory factory) {
        var personal = factory.forEach(Participant.class)
                .groupBy(Participant::getPayer, ConstraintCollectors.sumLong(Participant::personalCostCents));
        var roomShares = usedRooms(factory)
                .flattenLast(RoomUse::shares)
                .groupBy((room, share) -> share.payer(), ConstraintCollectors.sumLong((room, share) -> share.cents()));
        var spent = factory.forEach(Payer.class)
                .filter(payer -> payer.spentCents() != 0)
                .expand(Payer::spentCents);
        return personal.concat(roomShares).concat(spent)
                .groupBy((payer, cents) -> payer, ConstraintCollectors.sumLong((payer, cents) -> cents));
    }

    /**
     * Brought flyers with the solve's policy: one join for the itinerary nuisances, which each filter on their own
     * weight (the most frequent matches, so sharing the join saves a node per rule on nearly every move).
     */
    private static BiConstraintStream<Participant, SolvePolicy> flyersUnderPolicy(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(FLYING)
                .join(SolvePolicy.class);
    }

    /** Roommate pairs with the solve's policy, shared by the two rules on roommates. */
    private static TriConstraintStream<Participant, Participant, SolvePolicy> roommatesUnderPolicy(
            ConstraintFactory factory) {
        return roommates(factory).join(SolvePolicy.class);
    }

    /** The solve's policy when it weighs the rule: joined by the rule's matches, none when the weight is zero. */
    private static UniConstraintStream<SolvePolicy> weighing(ConstraintFactory factory, SoftRule rule) {
        return factory.forEach(SolvePolicy.class).filter(policy -> policy.weighs(rule));
    }

    private static HardMediumSoftLongScore hard(HardRule rule) {
        return HardMediumSoftLongScore.ofHard(rule.weight());
    }

    // A match's impact in its level's unit: hard units, priority points, money.

    private static Justification hard(HardMediumSoftLongScore score, String message, String... ids) {
        return hard(score, message, List.of(ids));
    }

    private static Justification hard(HardMediumSoftLongScore score, String message, List<String> ids) {
        return new Justification(message, ids, BigDecimal.valueOf(score.hardScore()));
    }

    private static Justification medium(HardMediumSoftLongScore score, String message, String... ids) {
        return new Justification(message, List.of(ids), BigDecimal.valueOf(score.mediumScore()));
    }

    private static Justification soft(HardMediumSoftLongScore score, String message, String... ids) {
        return soft(score, message, List.of(ids));
    }

    private static Justification soft(HardMediumSoftLongScore score, String message, List<String> ids) {
        return new Justification(message, ids, Money.fromCents(score.softScore()));
    }

    // ---------------------------------------------------------------- hard

    Constraint roomCapacity(ConstraintFactory factory) {
        return usedRooms(factory)
                .filter((room, use) -> use.overflow() > 0)
                .penalizeLong(hard(HardRule.ROOM_CAPACITY), (room, use) -> use.overflow())
                .justifyWith((room, use, score) -> hard(score, "Room %s has %d beds and holds more people on the nights of %s (%d over in all): %s"
                                .formatted(room.id(), room.capacity(), use.overfullDates(), use.overflow(),
                                        String.join(", ", use.occupantIds())), ids(room, use)))
                .asConstraint(HardRule.ROOM_CAPACITY.title());
    }

    /** A room's match concerns the room and everyone who sleeps in it. */
    private static List<String> ids(Room room, RoomUse use) {
        List<String> ids = new ArrayList<>(use.occupants().size() + 1);
        ids.add(room.id());
        ids.addAll(use.occupantIds());
        return ids;
    }

    Constraint roomUnavailable(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.isInRealRoom() && !participant.getRoom().availableFor(participant.stayMask()))
                .penalizeLong(hard(HardRule.ROOM_UNAVAILABLE),
                        participant -> Long.bitCount(participant.stayMask() & ~participant.getRoom().availableMask()))
                .justifyWith((participant, score) -> hard(score, "%s stays in %s on nights outside its block"
                        .formatted(participant.getId(), participant.getRoom().id()), participant.getId(), participant.getRoom().id()))
                .asConstraint(HardRule.ROOM_UNAVAILABLE.title());
    }

    Constraint genderMix(ConstraintFactory factory) {
        return roommates(factory)
                .filter((a, b) -> !a.maySleepWith(b))
                .penalizeLong(hard(HardRule.GENDER_MIX))
                .justifyWith((a, b, score) -> hard(score, "%s (%s) and %s (%s) share room %s but are not of one household"
                        .formatted(a.getId(), a.getGender(), b.getId(), b.getGender(), a.getRoom().id()),
                        a.getId(), b.getId(), a.getRoom().id()))
                .asConstraint(HardRule.GENDER_MIX.title());
    }

    Constraint singleRoomShared(ConstraintFactory factory) {
        return roommates(factory)
                .filter((a, b) -> a.needsSingleRoom() || b.needsSingleRoom())
                .penalizeLong(hard(HardRule.SINGLE_ROOM_SHARED))
                .justifyWith((a, b, score) -> hard(score, "%s and %s share room %s although one of them needs a single room"
                        .formatted(a.getId(), b.getId(), a.getRoom().id()), a.getId(), b.getId(), a.getRoom().id()))
                .asConstraint(HardRule.SINGLE_ROOM_SHARED.title());
    }

    Constraint accessibleRoomMissing(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.needsAccessibleRoom() && participant.isInRealRoom() && !participant.getRoom().accessible())
                .penalizeLong(hard(HardRule.ACCESSIBLE_ROOM_MISSING))
                .justifyWith((participant, score) -> hard(score, "%s needs an accessible room; %s is not"
                        .formatted(participant.getId(), participant.getRoom().id()), participant.getId(), participant.getRoom().id()))
                .asConstraint(HardRule.ACCESSIBLE_ROOM_MISSING.title());
    }

    Constraint itineraryNotAllowed(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> !participant.isItineraryAllowed())
                .penalizeLong(hard(HardRule.ITINERARY_NOT_ALLOWED))
                .justifyWith((participant, score) -> hard(score, "%s cannot travel on %s (home airport, window or visa)"
                        .formatted(participant.getId(), participant.getItinerary().id()), participant.getId(), participant.getItinerary().id()))
                .asConstraint(HardRule.ITINERARY_NOT_ALLOWED.title());
    }

    Constraint seatLimit(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(FLYING)
                .expand(participant -> participant.getItinerary().limitedSegments())
                .flattenLast(segments -> segments)
                .groupBy((participant, segment) -> segment, ConstraintCollectors.countBi())
                .filter((segment, passengers) -> passengers > segment.seats())
                .penalizeLong(hard(HardRule.SEAT_LIMIT), (segment, passengers) -> passengers - segment.seats())
                .justifyWith((segment, passengers, score) -> hard(score, "Flight %s carries %d of our passengers; the fare has %d seats"
                        .formatted(segment.id(), passengers, segment.seats()), segment.id()))
                .asConstraint(HardRule.SEAT_LIMIT.title());
    }

    Constraint budgetExceeded(ConstraintFactory factory) {
        return spendingByPayer(factory)
                .filter((payer, cents) -> payer.inBudget())
                .groupBy((payer, cents) -> payer.budget(), ConstraintCollectors.sumLong((payer, cents) -> cents))
                .filter((budget, cents) -> cents > budget.totalCents())
                .penalizeLong(hard(HardRule.BUDGET_EXCEEDED), (budget, cents) -> Money.unitsOver(cents - budget.totalCents()))
                .justifyWith((budget, cents, score) -> hard(score, "The plan spends %s of a budget of %s"
                        .formatted(Money.fromCents(cents), Money.fromCents(budget.totalCents())), "budget"))
                .asConstraint(HardRule.BUDGET_EXCEEDED.title());
    }

    Constraint fundExceeded(ConstraintFactory factory) {
        return spendingByPayer(factory)
                .filter((payer, cents) -> payer.isCapped() && cents > payer.capCents())
                .penalizeLong(hard(HardRule.FUND_EXCEEDED), (payer, cents) -> Money.unitsOver(cents - payer.capCents()))
                .justifyWith((payer, cents, score) -> hard(score, "Fund %s pays %s but holds %s"
                        .formatted(payer.key(), Money.fromCents(cents), Money.fromCents(payer.capCents())), payer.key()))
                .asConstraint(HardRule.FUND_EXCEEDED.title());
    }

    Constraint mustAttendNotBrought(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Participant.class)
                .filter(participant -> participant.isMustAttend() && !participant.isBrought())
                .penalizeLong(hard(HardRule.MUST_ATTEND_NOT_BROUGHT))
                .justifyWith((participant, score) -> hard(score, "%s must attend but is not brought"
                        .formatted(participant.getId()), participant.getId()))
                .asConstraint(HardRule.MUST_ATTEND_NOT_BROUGHT.title());
    }

    // ---------------------------------------------------------------- medium

    Constraint participantNotBrought(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Participant.class)
                .filter(participant -> !participant.isBrought())
                .penalizeLong(ONE_MEDIUM, Participant::getPriority)
                .justifyWith((participant, score) -> medium(score, "%s (priority %d) is not brought"
                        .formatted(participant.getId(), participant.getPriority()), participant.getId()))
                .asConstraint(NOT_BROUGHT);
    }

    // ---------------------------------------------------------------- soft: money

    Constraint flightCost(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(FLYING)
                .penalizeLong(ONE_SOFT, Participant::flightCents)
                .justifyWith((participant, score) -> soft(score, "%s flies %s for %s".formatted(participant.getId(),
                        participant.getItinerary().id(), Money.fromCents(participant.flightCents())), participant.getId(), participant.getItinerary().id()))
                .asConstraint(FLIGHT_COST);
    }

    Constraint roomCost(ConstraintFactory factory) {
        return usedRooms(factory)
                .penalizeLong(ONE_SOFT, (room, use) -> use.costCents())
                .justifyWith((room, use, score) -> soft(score, "Room %s is used %d nights at %s: %s, shared by %s".formatted(room.id(), use.usedNights(),
                                Money.fromCents(room.priceCents()), Money.fromCents(use.costCents()),
                                String.join(", ", use.occupantIds())), ids(room, use)))
                .asConstraint(ROOM_COST);
    }

    Constraint touristTax(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.taxCents() > 0)
                .penalizeLong(ONE_SOFT, Participant::taxCents)
                .justifyWith((participant, score) -> soft(score, "%s pays %s of tax for %d nights at %s".formatted(participant.getId(),
                        Money.fromCents(participant.taxCents()), participant.nightCount(), participant.getRoom().hotel().id()), participant.getId()))
                .asConstraint(TOURIST_TAX);
    }

    Constraint visaFees(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.visaFeeCents() > 0)
                .penalizeLong(ONE_SOFT, Participant::visaFeeCents)
                .justifyWith((participant, score) -> soft(score, "%s needs visas costing %s"
                        .formatted(participant.getId(), Money.fromCents(participant.visaFeeCents())), participant.getId()))
                .asConstraint(VISA_FEES);
    }

    /** Sunk costs and broken bookings: a constant of the plan, so that its costs say what the event really spends. */
    Constraint moneySpent(ConstraintFactory factory) {
        return factory.forEach(Payer.class)
                .filter(payer -> payer.spentCents() != 0)
                .penalizeLong(ONE_SOFT, Payer::spentCents)
                .justifyWith((payer, score) -> soft(score, "%s has already spent %s that no decision holds"
                        .formatted(payer.key(), Money.fromCents(payer.spentCents())), payer.key()))
                .asConstraint(MONEY_SPENT);
    }

    // ---------------------------------------------------------------- soft: the planner's nuisances

    Constraint noCommonLanguage(ConstraintFactory factory) {
        return roommatesUnderPolicy(factory)
                .filter((a, b, policy) -> policy.weighs(SoftRule.NO_COMMON_LANGUAGE) && !a.sharesLanguageWith(b))
                .penalizeLong(ONE_SOFT, (a, b, policy) -> policy.cents(SoftRule.NO_COMMON_LANGUAGE))
                .justifyWith((a, b, policy, score) -> soft(score, "%s and %s share room %s without a common language"
                        .formatted(a.getId(), b.getId(), a.getRoom().id()), a.getId(), b.getId(), a.getRoom().id()))
                .asConstraint(SoftRule.NO_COMMON_LANGUAGE.title());
    }

    Constraint roommateCountry(ConstraintFactory factory) {
        return roommatesUnderPolicy(factory)
                .filter((a, b, policy) -> policy.weighs(SoftRule.ROOMMATE_COUNTRY) && policy.againstRoommateCountry(a, b))
                .penalizeLong(ONE_SOFT, (a, b, policy) -> policy.cents(SoftRule.ROOMMATE_COUNTRY))
                .justifyWith((a, b, policy, score) -> soft(score, "%s (%s) and %s (%s) share room %s against the %s policy"
                        .formatted(a.getId(), a.getNationality(), b.getId(), b.getNationality(), a.getRoom().id(),
                                policy.roommateCountry()), a.getId(), b.getId()))
                .asConstraint(SoftRule.ROOMMATE_COUNTRY.title());
    }

    Constraint roommateRequestUnmet(ConstraintFactory factory) {
        return factory.forEach(RoommateRequest.class)
                .join(Participant.class, Joiners.equal(RoommateRequest::from, Participant::getIndex))
                .join(Participant.class, Joiners.equal((request, from) -> request.to(), Participant::getIndex))
                .filter((request, from, to) -> RoommateRequest.unmet(from, to))
                .join(weighing(factory, SoftRule.ROOMMATE_REQUEST_UNMET))
                .penalizeLong(ONE_SOFT, (request, from, to, policy) -> policy.cents(SoftRule.ROOMMATE_REQUEST_UNMET))
                .justifyWith((request, from, to, policy, score) -> soft(score, "%s asked to room with %s; they sleep in %s and %s"
                        .formatted(from.getId(), to.getId(), from.roomId(), to.roomId()), from.getId(), to.getId()))
                .asConstraint(SoftRule.ROOMMATE_REQUEST_UNMET.title());
    }

    Constraint delegationSplit(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.getDelegation() != null && participant.isInRealRoom())
                .groupBy(Participant::getDelegation, ConstraintCollectors.countDistinct(participant -> participant.getRoom().hotel()))
                .filter((delegation, hotels) -> hotels > 1)
                .join(weighing(factory, SoftRule.DELEGATION_SPLIT))
                .penalizeLong(ONE_SOFT, (delegation, hotels, policy) -> (hotels - 1L) * policy.cents(SoftRule.DELEGATION_SPLIT))
                .justifyWith((delegation, hotels, policy, score) -> soft(score, "Delegation %s is lodged in %d hotels"
                        .formatted(delegation, hotels), delegation))
                .asConstraint(SoftRule.DELEGATION_SPLIT.title());
    }

    Constraint connections(ConstraintFactory factory) {
        return flyersUnderPolicy(factory)
                .filter((participant, policy) -> policy.weighs(SoftRule.PER_STOP) && participant.getItinerary().stops() > 0)
                .penalizeLong(ONE_SOFT, (participant, policy) -> participant.getItinerary().stops() * policy.cents(SoftRule.PER_STOP))
                .justifyWith((participant, policy, score) -> soft(score, "%s makes %d connections on %s".formatted(participant.getId(),
                        participant.getItinerary().stops(), participant.getItinerary().id()), participant.getId(), participant.getItinerary().id()))
                .asConstraint(SoftRule.PER_STOP.title());
    }

    /**
     * The itinerary carries its travel-hour cents (the policy's hourly weight applied per direction, rounded to the
     * cent); the policy only says whether the rule counts.
     */
    Constraint travelHours(ConstraintFactory factory) {
        return flyersUnderPolicy(factory)
                .filter((participant, policy) -> policy.weighs(SoftRule.PER_TRAVEL_HOUR) && participant.getItinerary().travelHourCents() > 0)
                .penalizeLong(ONE_SOFT, (participant, policy) -> participant.getItinerary().travelHourCents())
                .justifyWith((participant, policy, score) -> soft(score, "%s travels on %s: %s of travel time".formatted(participant.getId(),
                        participant.getItinerary().id(), Money.fromCents(participant.getItinerary().travelHourCents())), participant.getId(), participant.getItinerary().id()))
                .asConstraint(SoftRule.PER_TRAVEL_HOUR.title());
    }

    Constraint longLayovers(ConstraintFactory factory) {
        return flyersUnderPolicy(factory)
                .filter((participant, policy) -> policy.weighs(SoftRule.LONG_LAYOVER) && participant.getItinerary().longLayovers() > 0)
                .penalizeLong(ONE_SOFT, (participant, policy) -> participant.getItinerary().longLayovers() * policy.cents(SoftRule.LONG_LAYOVER))
                .justifyWith((participant, policy, score) -> soft(score, "%s has %d layovers over 6 hours on %s".formatted(participant.getId(),
                        participant.getItinerary().longLayovers(), participant.getItinerary().id()), participant.getId(), participant.getItinerary().id()))
                .asConstraint(SoftRule.LONG_LAYOVER.title());
    }

    Constraint arrivalSlots(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(FLYING)
                .groupBy(participant -> participant.getItinerary().arrivalSlot())
                .join(weighing(factory, SoftRule.ARRIVAL_SLOT))
                .penalizeLong(ONE_SOFT, (slot, policy) -> policy.cents(SoftRule.ARRIVAL_SLOT))
                .justifyWith((slot, policy, score) -> soft(score, "A shuttle run for the arrivals " + slot.inWords(),
                        "slot-" + slot.start()))
                .asConstraint(SoftRule.ARRIVAL_SLOT.title());
    }

    Constraint vipBelowStars(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(Participant::isDistinguishedBelowStars)
                .join(weighing(factory, SoftRule.VIP_BELOW_STARS))
                .penalizeLong(ONE_SOFT, (participant, policy) -> policy.cents(SoftRule.VIP_BELOW_STARS))
                .justifyWith((participant, policy, score) -> soft(score, "%s is a VIP or speaker lodged at %s (%d stars)".formatted(
                        participant.getId(), participant.getRoom().hotel().id(), participant.getRoom().hotel().stars()), participant.getId()))
                .asConstraint(SoftRule.VIP_BELOW_STARS.title());
    }

    /** Weighted by kind of move ({@code DisruptionRule}): the move's units times the policy's cents per unit. */
    Constraint disruption(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Participant.class)
                .filter(participant -> participant.disruptionUnits() > 0)
                .join(weighing(factory, SoftRule.DISRUPTION))
                .penalizeLong(ONE_SOFT, (participant, policy) -> participant.disruptionUnits() * policy.cents(SoftRule.DISRUPTION))
                .justifyWith((participant, policy, score) -> soft(score, "%s moved from the published plan (%d units)"
                        .formatted(participant.getId(), participant.disruptionUnits()), participant.getId()))
                .asConstraint(SoftRule.DISRUPTION.title());
    }
}
