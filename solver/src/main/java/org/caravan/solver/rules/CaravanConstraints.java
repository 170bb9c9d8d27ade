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

    // ---------------------------------------------------------------- hard

    Constraint roomCapacity(ConstraintFactory factory) {
        return usedRooms(factory)
                .filter((room, use) -> use.overflow() > 0)
                .penalizeLong(hard(HardRule.ROOM_CAPACITY), (room, use) -> use.overflow())
                .asConstraint(HardRule.ROOM_CAPACITY.title());
    }

    Constraint roomUnavailable(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.isInRealRoom() && !participant.getRoom().availableFor(participant.stayMask()))
                .penalizeLong(hard(HardRule.ROOM_UNAVAILABLE),
                        participant -> Long.bitCount(participant.stayMask() & ~participant.getRoom().availableMask()))
                .asConstraint(HardRule.ROOM_UNAVAILABLE.title());
    }

    Constraint genderMix(ConstraintFactory factory) {
        return roommates(factory)
                .filter((a, b) -> !a.maySleepWith(b))
                .penalizeLong(hard(HardRule.GENDER_MIX))
                .asConstraint(HardRule.GENDER_MIX.title());
    }

    Constraint singleRoomShared(ConstraintFactory factory) {
        return roommates(factory)
                .filter((a, b) -> a.needsSingleRoom() || b.needsSingleRoom())
                .penalizeLong(hard(HardRule.SINGLE_ROOM_SHARED))
                .asConstraint(HardRule.SINGLE_ROOM_SHARED.title());
    }

    Constraint accessibleRoomMissing(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.needsAccessibleRoom() && participant.isInRealRoom() && !participant.getRoom().accessible())
                .penalizeLong(hard(HardRule.ACCESSIBLE_ROOM_MISSING))
                .asConstraint(HardRule.ACCESSIBLE_ROOM_MISSING.title());
    }

    Constraint itineraryNotAllowed(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> !participant.isItineraryAllowed())
                .penalizeLong(hard(HardRule.ITINERARY_NOT_ALLOWED))
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
                .asConstraint(HardRule.SEAT_LIMIT.title());
    }

    Constraint budgetExceeded(ConstraintFactory factory) {
        return spendingByPayer(factory)
                .filter((payer, cents) -> payer.inBudget())
                .groupBy((payer, cents) -> payer.budget(), ConstraintCollectors.sumLong((payer, cents) -> cents))
                .filter((budget, cents) -> cents > budget.totalCents())
                .penalizeLong(hard(HardRule.BUDGET_EXCEEDED), (budget, cents) -> Money.unitsOver(cents - budget.totalCents()))
                .asConstraint(HardRule.BUDGET_EXCEEDED.title());
    }

    Constraint fundExceeded(ConstraintFactory factory) {
        return spendingByPayer(factory)
                .filter((payer, cents) -> payer.isCapped() && cents > payer.capCents())
                .penalizeLong(hard(HardRule.FUND_EXCEEDED), (payer, cents) -> Money.unitsOver(cents - payer.capCents()))
                .asConstraint(HardRule.FUND_EXCEEDED.title());
    }

    Constraint mustAttendNotBrought(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Participant.class)
                .filter(participant -> participant.isMustAttend() && !participant.isBrought())
                .penalizeLong(hard(HardRule.MUST_ATTEND_NOT_BROUGHT))
                .asConstraint(HardRule.MUST_ATTEND_NOT_BROUGHT.title());
    }

    // ---------------------------------------------------------------- medium

    Constraint participantNotBrought(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Participant.class)
                .filter(participant -> !participant.isBrought())
                .penalizeLong(ONE_MEDIUM, Participant::getPriority)
                .asConstraint(NOT_BROUGHT);
    }

    // ---------------------------------------------------------------- soft: money

    Constraint flightCost(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(FLYING)
                .penalizeLong(ONE_SOFT, Participant::flightCents)
                .asConstraint(FLIGHT_COST);
    }

    Constraint roomCost(ConstraintFactory factory) {
        return usedRooms(factory)
                .penalizeLong(ONE_SOFT, (room, use) -> use.costCents())
                .asConstraint(ROOM_COST);
    }

    Constraint touristTax(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.taxCents() > 0)
                .penalizeLong(ONE_SOFT, Participant::taxCents)
                .asConstraint(TOURIST_TAX);
    }

    Constraint visaFees(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.visaFeeCents() > 0)
                .penalizeLong(ONE_SOFT, Participant::visaFeeCents)
                .asConstraint(VISA_FEES);
    }

    /** Sunk costs and broken bookings: a constant of the plan, so that its costs say what the event really spends. */
    Constraint moneySpent(ConstraintFactory factory) {
        return factory.forEach(Payer.class)
                .filter(payer -> payer.spentCents() != 0)
                .penalizeLong(ONE_SOFT, Payer::spentCents)
                .asConstraint(MONEY_SPENT);
    }

    // ---------------------------------------------------------------- soft: the planner's nuisances

    Constraint noCommonLanguage(ConstraintFactory factory) {
        return roommatesUnderPolicy(factory)
                .filter((a, b, policy) -> policy.weighs(SoftRule.NO_COMMON_LANGUAGE) && !a.sharesLanguageWith(b))
                .penalizeLong(ONE_SOFT, (a, b, policy) -> policy.cents(SoftRule.NO_COMMON_LANGUAGE))
                .asConstraint(SoftRule.NO_COMMON_LANGUAGE.title());
    }

    Constraint roommateCountry(ConstraintFactory factory) {
        return roommatesUnderPolicy(factory)
                .filter((a, b, policy) -> policy.weighs(SoftRule.ROOMMATE_COUNTRY) && policy.againstRoommateCountry(a, b))
                .penalizeLong(ONE_SOFT, (a, b, policy) -> policy.cents(SoftRule.ROOMMATE_COUNTRY))
                .asConstraint(SoftRule.ROOMMATE_COUNTRY.title());
    }

    Constraint roommateRequestUnmet(ConstraintFactory factory) {
        return factory.forEach(RoommateRequest.class)
                .join(Participant.class, Joiners.equal(RoommateRequest::from, Participant::getIndex))
                .join(Participant.class, Joiners.equal((request, from) -> request.to(), Participant::getIndex))
                .filter((request, from, to) -> RoommateRequest.unmet(from, to))
                .join(weighing(factory, SoftRule.ROOMMATE_REQUEST_UNMET))
                .penalizeLong(ONE_SOFT, (request, from, to, policy) -> policy.cents(SoftRule.ROOMMATE_REQUEST_UNMET))
                .asConstraint(SoftRule.ROOMMATE_REQUEST_UNMET.title());
    }

    Constraint delegationSplit(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.getDelegation() != null && participant.isInRealRoom())
                .groupBy(Participant::getDelegation, ConstraintCollectors.countDistinct(participant -> participant.getRoom().hotel()))
                .filter((delegation, hotels) -> hotels > 1)
                .join(weighing(factory, SoftRule.DELEGATION_SPLIT))
                .penalizeLong(ONE_SOFT, (delegation, hotels, policy) -> (hotels - 1L) * policy.cents(SoftRule.DELEGATION_SPLIT))
                .asConstraint(SoftRule.DELEGATION_SPLIT.title());
    }

    Constraint connections(ConstraintFactory factory) {
        return flyersUnderPolicy(factory)
                .filter((participant, policy) -> policy.weighs(SoftRule.PER_STOP) && participant.getItinerary().stops() > 0)
                .penalizeLong(ONE_SOFT, (participant, policy) -> participant.getItinerary().stops() * policy.cents(SoftRule.PER_STOP))
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
                .asConstraint(SoftRule.PER_TRAVEL_HOUR.title());
    }

    Constraint longLayovers(ConstraintFactory factory) {
        return flyersUnderPolicy(factory)
                .filter((participant, policy) -> policy.weighs(SoftRule.LONG_LAYOVER) && participant.getItinerary().longLayovers() > 0)
                .penalizeLong(ONE_SOFT, (participant, policy) -> participant.getItinerary().longLayovers() * policy.cents(SoftRule.LONG_LAYOVER))
                .asConstraint(SoftRule.LONG_LAYOVER.title());
    }

    Constraint arrivalSlots(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(FLYING)
                .groupBy(participant -> participant.getItinerary().arrivalSlot())
                .join(weighing(factory, SoftRule.ARRIVAL_SLOT))
                .penalizeLong(ONE_SOFT, (slot, policy) -> policy.cents(SoftRule.ARRIVAL_SLOT))
                .asConstraint(SoftRule.ARRIVAL_SLOT.title());
    }

    Constraint vipBelowStars(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(Participant::isDistinguishedBelowStars)
                .join(weighing(factory, SoftRule.VIP_BELOW_STARS))
                .penalizeLong(ONE_SOFT, (participant, policy) -> policy.cents(SoftRule.VIP_BELOW_STARS))
                .asConstraint(SoftRule.VIP_BELOW_STARS.title());
    }

    /** Weighted by kind of move ({@code DisruptionRule}): the move's units times the policy's cents per unit. */
    Constraint disruption(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Participant.class)
                .filter(participant -> participant.disruptionUnits() > 0)
                .join(weighing(factory, SoftRule.DISRUPTION))
                .penalizeLong(ONE_SOFT, (participant, policy) -> participant.disruptionUnits() * policy.cents(SoftRule.DISRUPTION))
                .asConstraint(SoftRule.DISRUPTION.title());
    }
}
