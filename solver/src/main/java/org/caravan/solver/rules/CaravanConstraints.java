package org.caravan.solver.rules;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import org.caravan.data.rules.HardRule;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.SoftRule;
import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.Lodging;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.RoomingPolicy;
import org.caravan.solver.domain.RoommateRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_MEDIUM;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT;

/**
 * Every rule of DESIGN.md §3–4, with the arithmetic of docs/RULES.md. Hard breaches are measured by their degree;
 * soft amounts are cents. The soft penalties' constraint weights are the policy's money weights, set per dataset
 * through {@link ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides}.
 */
public final class CaravanConstraints implements ConstraintProvider {

    public static final String NOT_BROUGHT = "Participant not brought";
    public static final String FLIGHT_COST = "Flight cost";
    public static final String ROOM_COST = "Room cost";
    public static final String TOURIST_TAX = "Tourist tax";
    public static final String VISA_FEES = "Visa fees";
    /** The cost constraints, whose soft totals make up {@code costs} in the plan. */
    public static final List<String> COSTS = List.of(FLIGHT_COST, ROOM_COST, TOURIST_TAX, VISA_FEES);

    // Shared lambdas, so that streams built from them share nodes.
    private static final Predicate<Attendee> IN_ROOM = Attendee::isInRealRoom;
    private static final Function<Attendee, Lodging> ROOM = Attendee::getRoom;
    private static final UniConstraintCollector<Attendee, ?, RoomUse> ROOM_USE = RoomUse.collector();

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
    private static BiConstraintStream<Lodging, RoomUse> usedRooms(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(IN_ROOM)
                .groupBy(ROOM, ROOM_USE);
    }

    /** Pairs of brought participants in the same room with at least one night in common. */
    private static BiConstraintStream<Attendee, Attendee> roommates(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(IN_ROOM)
                .join(factory.forEach(Attendee.class).filter(IN_ROOM),
                        Joiners.equal(Attendee::getRoom),
                        Joiners.lessThan(Attendee::getIndex),
                        Joiners.filtering(Attendee::overlaps));
    }

    /** What each payer spends: its participants' own costs plus its shares of their room-nights. */
    private static BiConstraintStream<Payer, Long> spendingByPayer(ConstraintFactory factory) {
        var personal = factory.forEach(Attendee.class)
                .groupBy(Attendee::getPayer, ConstraintCollectors.sumLong(Attendee::personalCostCents));
        var roomShares = usedRooms(factory)
                .flattenLast(RoomUse::shares)
                .groupBy((room, share) -> share.payer(), ConstraintCollectors.sumLong((room, share) -> share.cents()));
        return personal.concat(roomShares)
                .groupBy((payer, cents) -> payer, ConstraintCollectors.sumLong((payer, cents) -> cents));
    }

    private static HardMediumSoftLongScore hard(HardRule rule) {
        return HardMediumSoftLongScore.ofHard(rule.weight());
    }

    // ---------------------------------------------------------------- hard

    Constraint roomCapacity(ConstraintFactory factory) {
        return usedRooms(factory)
                .filter((room, use) -> use.overflow() > 0)
                .penalizeLong(hard(HardRule.ROOM_CAPACITY), (room, use) -> use.overflow())
                .justifyWith((room, use, score) -> new RuleMatch(ids(room, use),
                        "Room %s has %d beds and holds more people on the nights of %s (%d over in all): %s"
                                .formatted(room.id(), room.capacity(), use.overfullDates(), use.overflow(),
                                        String.join(", ", use.occupantIds()))))
                .asConstraint(HardRule.ROOM_CAPACITY.title());
    }

    /** A room's match concerns the room and everyone who sleeps in it. */
    private static List<String> ids(Lodging room, RoomUse use) {
        List<String> ids = new ArrayList<>(use.occupants().size() + 1);
        ids.add(room.id());
        ids.addAll(use.occupantIds());
        return ids;
    }

    Constraint roomUnavailable(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> attendee.isInRealRoom() && !attendee.getRoom().availableFor(attendee.nightsMask()))
                .penalizeLong(hard(HardRule.ROOM_UNAVAILABLE),
                        attendee -> Long.bitCount(attendee.nightsMask() & ~attendee.getRoom().availableMask()))
                .justifyWith((attendee, score) -> RuleMatch.of("%s stays in %s on nights outside its block"
                        .formatted(attendee.getId(), attendee.getRoom().id()), attendee.getId(), attendee.getRoom().id()))
                .asConstraint(HardRule.ROOM_UNAVAILABLE.title());
    }

    Constraint genderMix(ConstraintFactory factory) {
        return roommates(factory)
                .filter((a, b) -> !a.maySleepWith(b))
                .penalizeLong(hard(HardRule.GENDER_MIX))
                .justifyWith((a, b, score) -> RuleMatch.of("%s (%s) and %s (%s) share room %s but are not of one household"
                        .formatted(a.getId(), a.getGender(), b.getId(), b.getGender(), a.getRoom().id()),
                        a.getId(), b.getId(), a.getRoom().id()))
                .asConstraint(HardRule.GENDER_MIX.title());
    }

    Constraint singleRoomShared(ConstraintFactory factory) {
        return roommates(factory)
                .filter((a, b) -> a.needsSingleRoom() || b.needsSingleRoom())
                .penalizeLong(hard(HardRule.SINGLE_ROOM_SHARED))
                .justifyWith((a, b, score) -> RuleMatch.of("%s and %s share room %s although one of them needs a single room"
                        .formatted(a.getId(), b.getId(), a.getRoom().id()), a.getId(), b.getId(), a.getRoom().id()))
                .asConstraint(HardRule.SINGLE_ROOM_SHARED.title());
    }

    Constraint accessibleRoomMissing(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> attendee.needsAccessibleRoom() && attendee.isInRealRoom() && !attendee.getRoom().accessible())
                .penalizeLong(hard(HardRule.ACCESSIBLE_ROOM_MISSING))
                .justifyWith((attendee, score) -> RuleMatch.of("%s needs an accessible room; %s is not"
                        .formatted(attendee.getId(), attendee.getRoom().id()), attendee.getId(), attendee.getRoom().id()))
                .asConstraint(HardRule.ACCESSIBLE_ROOM_MISSING.title());
    }

    Constraint itineraryNotAllowed(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> !attendee.isTripAllowed())
                .penalizeLong(hard(HardRule.ITINERARY_NOT_ALLOWED))
                .justifyWith((attendee, score) -> RuleMatch.of("%s cannot travel on %s (home airport, window or visa)"
                        .formatted(attendee.getId(), attendee.getTrip().id()), attendee.getId(), attendee.getTrip().id()))
                .asConstraint(HardRule.ITINERARY_NOT_ALLOWED.title());
    }

    Constraint seatLimit(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(Attendee::flies)
                .expand(attendee -> attendee.getTrip().limitedLegs())
                .flattenLast(legs -> legs)
                .groupBy((attendee, leg) -> leg, ConstraintCollectors.countBi())
                .filter((leg, passengers) -> passengers > leg.seats())
                .penalizeLong(hard(HardRule.SEAT_LIMIT), (leg, passengers) -> passengers - leg.seats())
                .justifyWith((leg, passengers, score) -> RuleMatch.of("Flight %s carries %d of our passengers; the fare has %d seats"
                        .formatted(leg.id(), passengers, leg.seats()), leg.id()))
                .asConstraint(HardRule.SEAT_LIMIT.title());
    }

    Constraint budgetExceeded(ConstraintFactory factory) {
        return spendingByPayer(factory)
                .filter((payer, cents) -> payer.inBudget())
                .groupBy((payer, cents) -> payer.budget(), ConstraintCollectors.sumLong((payer, cents) -> cents))
                .filter((budget, cents) -> cents > budget.totalCents())
                .penalizeLong(hard(HardRule.BUDGET_EXCEEDED), (budget, cents) -> Money.unitsOver(cents - budget.totalCents()))
                .justifyWith((budget, cents, score) -> RuleMatch.of("The plan spends %s of a budget of %s"
                        .formatted(Money.fromCents(cents), Money.fromCents(budget.totalCents())), "budget"))
                .asConstraint(HardRule.BUDGET_EXCEEDED.title());
    }

    Constraint fundExceeded(ConstraintFactory factory) {
        return spendingByPayer(factory)
                .filter((payer, cents) -> payer.isCapped() && cents > payer.capCents())
                .penalizeLong(hard(HardRule.FUND_EXCEEDED), (payer, cents) -> Money.unitsOver(cents - payer.capCents()))
                .justifyWith((payer, cents, score) -> RuleMatch.of("Fund %s pays %s but holds %s"
                        .formatted(payer.key(), Money.fromCents(cents), Money.fromCents(payer.capCents())), payer.key()))
                .asConstraint(HardRule.FUND_EXCEEDED.title());
    }

    Constraint mustAttendNotBrought(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Attendee.class)
                .filter(attendee -> attendee.isMustAttend() && !attendee.isBrought())
                .penalizeLong(hard(HardRule.MUST_ATTEND_NOT_BROUGHT))
                .justifyWith((attendee, score) -> RuleMatch.of("%s must attend but is not brought"
                        .formatted(attendee.getId()), attendee.getId()))
                .asConstraint(HardRule.MUST_ATTEND_NOT_BROUGHT.title());
    }

    // ---------------------------------------------------------------- medium

    Constraint participantNotBrought(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Attendee.class)
                .filter(attendee -> !attendee.isBrought())
                .penalizeLong(ONE_MEDIUM, Attendee::getPriority)
                .justifyWith((attendee, score) -> RuleMatch.of("%s (priority %d) is not brought"
                        .formatted(attendee.getId(), attendee.getPriority()), attendee.getId()))
                .asConstraint(NOT_BROUGHT);
    }

    // ---------------------------------------------------------------- soft: money

    Constraint flightCost(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(Attendee::flies)
                .penalizeLong(ONE_SOFT, Attendee::flightCents)
                .justifyWith((attendee, score) -> RuleMatch.of("%s flies %s for %s".formatted(attendee.getId(),
                        attendee.getTrip().id(), Money.fromCents(attendee.flightCents())), attendee.getId(), attendee.getTrip().id()))
                .asConstraint(FLIGHT_COST);
    }

    Constraint roomCost(ConstraintFactory factory) {
        return usedRooms(factory)
                .penalizeLong(ONE_SOFT, (room, use) -> use.costCents())
                .justifyWith((room, use, score) -> new RuleMatch(ids(room, use),
                        "Room %s is used %d nights at %s: %s, shared by %s".formatted(room.id(), use.usedNights(),
                                Money.fromCents(room.priceCents()), Money.fromCents(use.costCents()),
                                String.join(", ", use.occupantIds()))))
                .asConstraint(ROOM_COST);
    }

    Constraint touristTax(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> attendee.taxCents() > 0)
                .penalizeLong(ONE_SOFT, Attendee::taxCents)
                .justifyWith((attendee, score) -> RuleMatch.of("%s pays %s of tax for %d nights at %s".formatted(attendee.getId(),
                        Money.fromCents(attendee.taxCents()), attendee.nightCount(), attendee.getRoom().hotel().id()), attendee.getId()))
                .asConstraint(TOURIST_TAX);
    }

    Constraint visaFees(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> attendee.visaFeeCents() > 0)
                .penalizeLong(ONE_SOFT, Attendee::visaFeeCents)
                .justifyWith((attendee, score) -> RuleMatch.of("%s needs visas costing %s"
                        .formatted(attendee.getId(), Money.fromCents(attendee.visaFeeCents())), attendee.getId()))
                .asConstraint(VISA_FEES);
    }

    // ---------------------------------------------------------------- soft: the planner's nuisances

    Constraint noCommonLanguage(ConstraintFactory factory) {
        return roommates(factory)
                .filter((a, b) -> !a.sharesLanguageWith(b))
                .penalizeLong(ONE_SOFT)
                .justifyWith((a, b, score) -> RuleMatch.of("%s and %s share room %s without a common language"
                        .formatted(a.getId(), b.getId(), a.getRoom().id()), a.getId(), b.getId(), a.getRoom().id()))
                .asConstraint(SoftRule.NO_COMMON_LANGUAGE.title());
    }

    Constraint roommateCountry(ConstraintFactory factory) {
        return roommates(factory)
                .join(RoomingPolicy.class)
                .filter((a, b, policy) -> switch (policy.roommateCountry()) {
                    case MIX -> a.getNationality().equals(b.getNationality());
                    case GROUP -> !a.getNationality().equals(b.getNationality());
                    case IGNORE -> false;
                })
                .penalizeLong(ONE_SOFT)
                .justifyWith((a, b, policy, score) -> RuleMatch.of("%s (%s) and %s (%s) share room %s against the %s policy"
                        .formatted(a.getId(), a.getNationality(), b.getId(), b.getNationality(), a.getRoom().id(),
                                policy.roommateCountry()), a.getId(), b.getId()))
                .asConstraint(SoftRule.ROOMMATE_COUNTRY.title());
    }

    Constraint roommateRequestUnmet(ConstraintFactory factory) {
        return factory.forEach(RoommateRequest.class)
                .join(Attendee.class, Joiners.equal(RoommateRequest::from, Attendee::getIndex))
                .join(Attendee.class, Joiners.equal((request, from) -> request.to(), Attendee::getIndex))
                .filter((request, from, to) -> from.needsLodging() && to.needsLodging() && !from.isRoommateOf(to))
                .penalizeLong(ONE_SOFT)
                .justifyWith((request, from, to, score) -> RuleMatch.of("%s asked to room with %s; they sleep in %s and %s"
                        .formatted(from.getId(), to.getId(), from.roomId(), to.roomId()), from.getId(), to.getId()))
                .asConstraint(SoftRule.ROOMMATE_REQUEST_UNMET.title());
    }

    Constraint delegationSplit(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> attendee.getDelegation() != null && attendee.isInRealRoom())
                .groupBy(Attendee::getDelegation, ConstraintCollectors.countDistinct(attendee -> attendee.getRoom().hotel()))
                .filter((delegation, hotels) -> hotels > 1)
                .penalizeLong(ONE_SOFT, (delegation, hotels) -> hotels - 1L)
                .justifyWith((delegation, hotels, score) -> RuleMatch.of("Delegation %s is lodged in %d hotels"
                        .formatted(delegation, hotels), delegation))
                .asConstraint(SoftRule.DELEGATION_SPLIT.title());
    }

    Constraint connections(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> attendee.flies() && attendee.getTrip().stops() > 0)
                .penalizeLong(ONE_SOFT, attendee -> attendee.getTrip().stops())
                .justifyWith((attendee, score) -> RuleMatch.of("%s makes %d connections on %s".formatted(attendee.getId(),
                        attendee.getTrip().stops(), attendee.getTrip().id()), attendee.getId(), attendee.getTrip().id()))
                .asConstraint(SoftRule.PER_STOP.title());
    }

    /** Not weighted through the overrides: the policy's hourly weight is applied per direction, rounded to the cent. */
    Constraint travelHours(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> attendee.flies() && attendee.getTrip().travelHourCents() > 0)
                .penalizeLong(ONE_SOFT, attendee -> attendee.getTrip().travelHourCents())
                .justifyWith((attendee, score) -> RuleMatch.of("%s travels on %s: %s of travel time".formatted(attendee.getId(),
                        attendee.getTrip().id(), Money.fromCents(attendee.getTrip().travelHourCents())), attendee.getId(), attendee.getTrip().id()))
                .asConstraint(SoftRule.PER_TRAVEL_HOUR.title());
    }

    Constraint longLayovers(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> attendee.flies() && attendee.getTrip().longLayovers() > 0)
                .penalizeLong(ONE_SOFT, attendee -> attendee.getTrip().longLayovers())
                .justifyWith((attendee, score) -> RuleMatch.of("%s has %d layovers over 6 hours on %s".formatted(attendee.getId(),
                        attendee.getTrip().longLayovers(), attendee.getTrip().id()), attendee.getId(), attendee.getTrip().id()))
                .asConstraint(SoftRule.LONG_LAYOVER.title());
    }

    Constraint arrivalSlots(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(Attendee::flies)
                .groupBy(attendee -> attendee.getTrip().arrivalSlot())
                .penalizeLong(ONE_SOFT)
                .justifyWith((slot, score) -> RuleMatch.of("A shuttle run for the arrivals from %s to %s"
                        .formatted(slot.start(), slot.end()), "slot-" + slot.start()))
                .asConstraint(SoftRule.ARRIVAL_SLOT.title());
    }

    Constraint vipBelowStars(ConstraintFactory factory) {
        return factory.forEach(Attendee.class)
                .filter(attendee -> attendee.isDistinguished() && attendee.isInRealRoom() && attendee.getRoom().hotel().belowVipStars())
                .penalizeLong(ONE_SOFT)
                .justifyWith((attendee, score) -> RuleMatch.of("%s is a VIP or speaker lodged at %s (%d stars)".formatted(
                        attendee.getId(), attendee.getRoom().hotel().id(), attendee.getRoom().hotel().stars()), attendee.getId()))
                .asConstraint(SoftRule.VIP_BELOW_STARS.title());
    }

    Constraint disruption(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Attendee.class)
                .filter(Attendee::isMovedFromPublished)
                .penalizeLong(ONE_SOFT)
                .justifyWith((attendee, score) -> RuleMatch.of("%s moved from the published plan".formatted(attendee.getId()),
                        attendee.getId()))
                .asConstraint(SoftRule.DISRUPTION.title());
    }
}
