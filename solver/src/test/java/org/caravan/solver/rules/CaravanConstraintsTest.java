package org.caravan.solver.rules;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.rules.DisruptionRule;
import org.caravan.data.rules.SoftRule;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.RoommateRequest;
import org.caravan.solver.domain.Segment;
import org.caravan.solver.domain.SolvePolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.caravan.solver.rules.ModelFixture.ALL_NIGHTS;
import static org.caravan.solver.rules.ModelFixture.FOUR_STARS;
import static org.caravan.solver.rules.ModelFixture.LAST_NIGHT;
import static org.caravan.solver.rules.ModelFixture.LATE_NIGHTS;
import static org.caravan.solver.rules.ModelFixture.POLICY;
import static org.caravan.solver.rules.ModelFixture.SELF;
import static org.caravan.solver.rules.ModelFixture.THREE_NIGHTS;
import static org.caravan.solver.rules.ModelFixture.TWO_STARS;
import static org.caravan.solver.rules.ModelFixture.fund;
import static org.caravan.solver.rules.ModelFixture.itinerary;
import static org.caravan.solver.rules.ModelFixture.person;
import static org.caravan.solver.rules.ModelFixture.policy;
import static org.caravan.solver.rules.ModelFixture.room;

/** Each rule once broken and once kept, with the degree the search climbs by. */
class CaravanConstraintsTest {

    private final ConstraintVerifier<CaravanConstraints, CaravanSolution> verifier =
            ConstraintVerifier.build(new CaravanConstraints(), CaravanSolution.class, Participant.class);

    private final Itinerary threeNights = itinerary("t3", 40_000, THREE_NIGHTS);
    private final Itinerary lateNights = itinerary("tl", 30_000, LATE_NIGHTS);
    private final Itinerary lastNight = itinerary("t1", 20_000, LAST_NIGHT);

    // ---------------------------------------------------------------- hard

    @Test
    void roomCapacityExceededOnANight() {
        Room twin = room("twin", 2, 9_000);
        Participant a = person("a").flies(threeNights).in(twin).build();
        Participant b = person("b").flies(threeNights).in(twin).build();
        Participant c = person("c").flies(lateNights).in(twin).build();
        // Night 3 holds a, b and c: one over.
        verifier.verifyThat(CaravanConstraints::roomCapacity).given(a, b, c).penalizesBy(1);
        Participant d = person("d").flies(lastNight).in(twin).build();
        verifier.verifyThat(CaravanConstraints::roomCapacity).given(a, b, d).penalizesBy(0);
    }

    @Test
    void roomNotAvailableOnANightOfTheStay() {
        Room shortBlock = room("short", FOUR_STARS, 2, 9_000, false, 0b000110L);
        Participant a = person("a").flies(threeNights).in(shortBlock).build();
        verifier.verifyThat(CaravanConstraints::roomUnavailable).given(a).penalizesBy(1);
        Room fullBlock = room("full", 2, 9_000);
        verifier.verifyThat(CaravanConstraints::roomUnavailable)
                .given(person("b").flies(threeNights).in(fullBlock).build()).penalizesBy(0);
    }

    @Test
    void rommatesOfDifferentGendersOutsideAHousehold() {
        Room twin = room("twin", 2, 9_000);
        Participant woman = person("w").flies(threeNights).in(twin).build();
        Participant man = person("m").gender(Gender.M).flies(lateNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(woman, man).penalizesBy(1);

        Participant wife = person("w2").household("fam").flies(threeNights).in(twin).build();
        Participant husband = person("m2").gender(Gender.M).household("fam").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(wife, husband).penalizesBy(0);

        Participant manLater = person("m3").gender(Gender.M).flies(lastNight).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(woman, manLater).penalizesBy(0);
    }

    @Test
    void genderXSharesOnlyWithMutualRequestOrHousehold() {
        Room twin = room("twin", 2, 9_000);
        Participant x = person("x").gender(Gender.X).flies(threeNights).in(twin).build();
        Participant f = person("f").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(x, f).penalizesBy(1);
        Participant x2 = person("x2").gender(Gender.X).mutualRequest("f2").flies(threeNights).in(twin).build();
        Participant f2 = person("f2").mutualRequest("x2").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(x2, f2).penalizesBy(0);
    }

    @Test
    void singleRoomNeedNotMet() {
        Room twin = room("twin", 2, 9_000);
        Participant loner = person("s").single().flies(threeNights).in(twin).build();
        Participant other = person("o").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::singleRoomShared).given(loner, other).penalizesBy(1);
        Room elsewhere = room("other", 2, 9_000);
        verifier.verifyThat(CaravanConstraints::singleRoomShared)
                .given(loner, person("o2").flies(threeNights).in(elsewhere).build()).penalizesBy(0);
    }

    @Test
    void accessibilityNeedInARoomThatIsNotAccessible() {
        Room plain = room("plain", 2, 9_000);
        Room ramp = room("ramp", FOUR_STARS, 2, 9_000, true, ALL_NIGHTS);
        verifier.verifyThat(CaravanConstraints::accessibleRoomMissing)
                .given(person("a").accessible().flies(threeNights).in(plain).build()).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::accessibleRoomMissing)
                .given(person("b").accessible().flies(threeNights).in(ramp).build()).penalizesBy(0);
    }

    @Test
    void itineraryNotAllowed() {
        Room twin = room("twin", 2, 9_000);
        verifier.verifyThat(CaravanConstraints::itineraryNotAllowed)
                .given(person("a").flies(threeNights, false).in(twin).build()).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::itineraryNotAllowed)
                .given(person("b").flies(threeNights).in(twin).build()).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::itineraryNotAllowed)
                .given(person("c").ground(THREE_NIGHTS, 0, true).in(twin).build()).penalizesBy(1);
    }

    @Test
    void flightSegmentOverItsSeatLimit() {
        Segment groupFare = new Segment("TU745", 1);
        Itinerary fare = itinerary("tf", 10_000, THREE_NIGHTS, 0, 0, 0, 1, List.of(groupFare));
        Room quad = room("quad", 4, 9_000);
        Participant a = person("a").flies(fare).in(quad).build();
        Participant b = person("b").flies(fare).in(quad).build();
        Participant c = person("c").flies(fare).in(quad).build();
        verifier.verifyThat(CaravanConstraints::seatLimit).given(a, b, c).penalizesBy(2);
        verifier.verifyThat(CaravanConstraints::seatLimit).given(a).penalizesBy(0);
    }

    @Test
    void totalBudgetExceededInWholeUnitsRoundedUp() {
        Room single = room("single", 1, 10_000);
        // 3 nights × 100.00 room + 400.00 flight + 3 × 1.50 tax = 704.50; the budget is 1000.00.
        Participant a = person("a").flies(threeNights).in(single).build();
        verifier.verifyThat(CaravanConstraints::budgetExceeded).given(a).penalizesBy(0);
        Room second = room("second", 1, 10_000);
        Participant b = person("b").flies(threeNights).in(second).build();
        // 1409.00 spent: 409.00 over.
        verifier.verifyThat(CaravanConstraints::budgetExceeded).given(a, b).penalizesBy(409);
        Participant selfFunded = person("c").payer(SELF).flies(threeNights).in(second).build();
        verifier.verifyThat(CaravanConstraints::budgetExceeded).given(a, selfFunded).penalizesBy(0);
    }

    @Test
    void fundExceededCountsItsShareOfSharedRooms() {
        Payer donor = fund("donor", 60_000);
        Room twin = room("twin", 2, 10_001);
        // The donor's participant pays 400.00 flight + 4.50 tax + half of 3 × 100.01 (50.01 rounded, each night).
        Participant funded = person("a").payer(donor).flies(threeNights).in(twin).build();
        Participant general = person("b").flies(threeNights).in(twin).build();
        // 400.00 + 4.50 + 150.03 = 554.53, within 600.00.
        verifier.verifyThat(CaravanConstraints::fundExceeded).given(funded, general).penalizesBy(0);
        Payer smallDonor = fund("small", 50_000);
        Participant poor = person("c").payer(smallDonor).flies(threeNights).in(twin).build();
        // 554.53 against 500.00: 54.53 over, 55 units.
        verifier.verifyThat(CaravanConstraints::fundExceeded).given(poor, general).penalizesBy(55);
    }

    @Test
    void mustAttendParticipantNotBrought() {
        Participant absent = person("a").mustAttend().flies(threeNights).build();
        verifier.verifyThat(CaravanConstraints::mustAttendNotBrought).given(absent).penalizesBy(1);
        Participant present = person("b").mustAttend().flies(threeNights).in(room("r", 1, 5_000)).build();
        verifier.verifyThat(CaravanConstraints::mustAttendNotBrought).given(present).penalizesBy(0);
    }

    // ---------------------------------------------------------------- medium

    @Test
    void participantNotBroughtCostsTheirPriority() {
        Participant absent = person("a").priority(4).flies(threeNights).build();
        Participant present = person("b").priority(5).flies(threeNights).in(room("r", 1, 5_000)).build();
        verifier.verifyThat(CaravanConstraints::participantNotBrought).given(absent, present).penalizesBy(4);
        verifier.verifyThat(CaravanConstraints::participantNotBrought).given(present).penalizesBy(0);
    }

    // ---------------------------------------------------------------- money

    @Test
    void flightCostPerBroughtFlyer() {
        Participant flyer = person("a").flies(threeNights).in(room("r", 1, 5_000)).build();
        Participant absent = person("b").flies(lateNights).build();
        verifier.verifyThat(CaravanConstraints::flightCost).given(flyer, absent).penalizesBy(40_000);
    }

    @Test
    void roomCostOncePerUsedRoomNight() {
        Room twin = room("twin", 2, 9_000);
        Participant a = person("a").flies(threeNights).in(twin).build();
        Participant b = person("b").flies(lateNights).in(twin).build();
        // Nights 1, 2, 3 and 4 are used: 4 × 90.00, the shared night once.
        verifier.verifyThat(CaravanConstraints::roomCost).given(a, b).penalizesBy(36_000);
    }

    @Test
    void touristTaxPerPersonNight() {
        Room twin = room("twin", 2, 9_000);
        Participant a = person("a").flies(threeNights).in(twin).build();
        Participant b = person("b").flies(lateNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::touristTax).given(a, b).penalizesBy(5 * 150);
        Participant home = person("c").noLodging().flies(threeNights).in(Room.NOT_NEEDED).build();
        verifier.verifyThat(CaravanConstraints::touristTax).given(home).penalizesBy(0);
    }

    @Test
    void visaFeesOfTheChosenTrip() {
        Room single = room("single", 1, 9_000);
        Participant a = person("a").visaFee(threeNights, 3_500).flies(threeNights).in(single).build();
        verifier.verifyThat(CaravanConstraints::visaFees).given(a).penalizesBy(3_500);
        Participant b = person("b").visaFee(lateNights, 3_500).flies(threeNights).in(single).build();
        verifier.verifyThat(CaravanConstraints::visaFees).given(b).penalizesBy(0);
        Participant local = person("c").ground(THREE_NIGHTS, 2_000, false).in(single).build();
        verifier.verifyThat(CaravanConstraints::visaFees).given(local).penalizesBy(2_000);
    }

    // ---------------------------------------------------------------- nuisances: units times the policy's cents

    @Test
    void roommatesWithoutACommonLanguage() {
        Room twin = room("twin", 2, 9_000);
        Participant french = person("a").languages("fr").flies(threeNights).in(twin).build();
        Participant mongolian = person("b").languages("mn").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::noCommonLanguage).given(POLICY, french, mongolian).penalizesBy(6_100);
        Participant bilingual = person("c").languages("mn", "fr").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::noCommonLanguage).given(POLICY, french, bilingual).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::noCommonLanguage)
                .given(POLICY.withWeight(SoftRule.NO_COMMON_LANGUAGE, 0), french, mongolian).penalizesBy(0);
    }

    @Test
    void roommateCountryFollowsThePolicy() {
        Room twin = room("twin", 2, 9_000);
        Participant french = person("a").flies(threeNights).in(twin).build();
        Participant alsoFrench = person("b").flies(threeNights).in(twin).build();
        Participant malian = person("c").nationality("ML").flies(threeNights).in(twin).build();
        SolvePolicy mix = policy(RoommateCountryMode.MIX);
        SolvePolicy group = policy(RoommateCountryMode.GROUP);
        SolvePolicy ignore = policy(RoommateCountryMode.IGNORE);
        verifier.verifyThat(CaravanConstraints::roommateCountry).given(mix, french, alsoFrench).penalizesBy(1_600);
        verifier.verifyThat(CaravanConstraints::roommateCountry).given(mix, french, malian).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::roommateCountry).given(group, french, malian).penalizesBy(1_600);
        verifier.verifyThat(CaravanConstraints::roommateCountry).given(ignore, french, alsoFrench).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::roommateCountry)
                .given(mix.withWeight(SoftRule.ROOMMATE_COUNTRY, 0), french, alsoFrench).penalizesBy(0);
    }

    @Test
    void roommateRequestNotHonoured() {
        Room twin = room("twin", 2, 9_000);
        Room other = room("other", 2, 9_000);
        Participant asker = person("a").flies(threeNights).in(twin).build();
        Participant friendElsewhere = person("b").flies(threeNights).in(other).build();
        RoommateRequest request = new RoommateRequest(asker.getIndex(), friendElsewhere.getIndex());
        verifier.verifyThat(CaravanConstraints::roommateRequestUnmet).given(POLICY, request, asker, friendElsewhere)
                .penalizesBy(4_100);
        Participant friendTogether = person("c").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::roommateRequestUnmet)
                .given(POLICY, new RoommateRequest(asker.getIndex(), friendTogether.getIndex()), asker, friendTogether).penalizesBy(0);
        Participant friendAbsent = person("d").flies(threeNights).build();
        verifier.verifyThat(CaravanConstraints::roommateRequestUnmet)
                .given(POLICY, new RoommateRequest(asker.getIndex(), friendAbsent.getIndex()), asker, friendAbsent).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::roommateRequestUnmet)
                .given(POLICY.withWeight(SoftRule.ROOMMATE_REQUEST_UNMET, 0), request, asker, friendElsewhere).penalizesBy(0);
    }

    @Test
    void delegationSplitAcrossHotels() {
        Room four = room("four", FOUR_STARS, 2, 9_000, false, ALL_NIGHTS);
        Room two = room("two", TWO_STARS, 2, 5_000, false, ALL_NIGHTS);
        Participant a = person("a").delegation("sahel").flies(threeNights).in(four).build();
        Participant b = person("b").delegation("sahel").flies(threeNights).in(two).build();
        Participant c = person("c").delegation("sahel").flies(threeNights).in(four).build();
        verifier.verifyThat(CaravanConstraints::delegationSplit).given(POLICY, a, b, c).penalizesBy(2_600);
        verifier.verifyThat(CaravanConstraints::delegationSplit).given(POLICY, a, c).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::delegationSplit)
                .given(POLICY.withWeight(SoftRule.DELEGATION_SPLIT, 0), a, b, c).penalizesBy(0);
    }

    @Test
    void connectionsLongLayoversAndTravelHours() {
        Itinerary viaParis = itinerary("via", 50_000, THREE_NIGHTS, 2, 1, 12_345, 7, List.of());
        Participant a = person("a").flies(viaParis).in(room("r", 1, 9_000)).build();
        // Two connections at 31.00, one long layover at 81.00; the itinerary carries its travel-hour cents.
        verifier.verifyThat(CaravanConstraints::connections).given(POLICY, a).penalizesBy(6_200);
        verifier.verifyThat(CaravanConstraints::longLayovers).given(POLICY, a).penalizesBy(8_100);
        verifier.verifyThat(CaravanConstraints::travelHours).given(POLICY, a).penalizesBy(12_345);
        Participant direct = person("b").flies(threeNights).in(room("r2", 1, 9_000)).build();
        verifier.verifyThat(CaravanConstraints::connections).given(POLICY, direct).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::longLayovers).given(POLICY, direct).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::connections).given(POLICY.withWeight(SoftRule.PER_STOP, 0), a).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::longLayovers).given(POLICY.withWeight(SoftRule.LONG_LAYOVER, 0), a).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::travelHours).given(POLICY.withWeight(SoftRule.PER_TRAVEL_HOUR, 0), a).penalizesBy(0);
    }

    @Test
    void distinctArrivalSlotsAreShuttleRuns() {
        Itinerary morning = itinerary("m", 10_000, THREE_NIGHTS, 0, 0, 0, 100, List.of());
        Itinerary alsoMorning = itinerary("m2", 10_000, THREE_NIGHTS, 0, 0, 0, 100, List.of());
        Itinerary evening = itinerary("e", 10_000, THREE_NIGHTS, 0, 0, 0, 108, List.of());
        Room quad = room("quad", 4, 9_000);
        Participant a = person("a").flies(morning).in(quad).build();
        Participant b = person("b").flies(alsoMorning).in(quad).build();
        Participant c = person("c").flies(evening).in(quad).build();
        verifier.verifyThat(CaravanConstraints::arrivalSlots).given(POLICY, a, b).penalizesBy(9_100);
        verifier.verifyThat(CaravanConstraints::arrivalSlots).given(POLICY, a, b, c).penalizesBy(2 * 9_100);
        verifier.verifyThat(CaravanConstraints::arrivalSlots).given(POLICY.withWeight(SoftRule.ARRIVAL_SLOT, 0), a, b, c)
                .penalizesBy(0);
    }

    @Test
    void vipLodgedBelowTheStarLevel() {
        Room cheap = room("two", TWO_STARS, 1, 5_000, false, ALL_NIGHTS);
        Room good = room("four", FOUR_STARS, 1, 9_000, false, ALL_NIGHTS);
        Participant vip = person("v").vip().flies(threeNights).in(cheap).build();
        verifier.verifyThat(CaravanConstraints::vipBelowStars).given(POLICY, vip).penalizesBy(15_100);
        verifier.verifyThat(CaravanConstraints::vipBelowStars).given(POLICY, person("w").vip().flies(threeNights).in(good).build()).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::vipBelowStars).given(POLICY, person("d").flies(threeNights).in(cheap).build()).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::vipBelowStars).given(POLICY.withWeight(SoftRule.VIP_BELOW_STARS, 0), vip).penalizesBy(0);
    }

    @Test
    void movedFromThePublishedPlanPricedByKindOfMove() {
        // The policy prices a unit of disruption at 0.51.
        long unit = 51;
        Room twin = room("twin", 2, 9_000);
        Participant kept = person("k").flies(threeNights).in(twin).build();
        kept.publishedAs(true, "t3", "twin", kept.stayMask());
        verifier.verifyThat(CaravanConstraints::disruption).given(POLICY, kept).penalizesBy(0);

        Participant otherFlight = person("i").flies(threeNights).in(twin).build();
        otherFlight.publishedAs(true, "t-other", "twin", otherFlight.stayMask());
        verifier.verifyThat(CaravanConstraints::disruption).given(POLICY, otherFlight).penalizesBy(DisruptionRule.ITINERARY.units() * unit);

        Participant otherRoom = person("r").flies(threeNights).in(twin).build();
        otherRoom.publishedAs(true, "t3", "single", otherRoom.stayMask());
        verifier.verifyThat(CaravanConstraints::disruption).given(POLICY, otherRoom).penalizesBy(DisruptionRule.ROOM.units() * unit);

        Participant otherNights = person("n").flies(threeNights).in(twin).build();
        otherNights.publishedAs(true, "t3", "twin", otherNights.stayMask() << 1);
        verifier.verifyThat(CaravanConstraints::disruption).given(POLICY, otherNights).penalizesBy(DisruptionRule.NIGHTS.units() * unit);

        Participant dropped = person("d").flies(threeNights).build();
        dropped.publishedAs(true, "t3", "twin", dropped.stayMask());
        verifier.verifyThat(CaravanConstraints::disruption).given(POLICY, dropped).penalizesBy(DisruptionRule.DROPPED.units() * unit);

        Participant newlyBrought = person("b").flies(threeNights).in(twin).build();
        newlyBrought.publishedAs(false, null, null, 0L);
        verifier.verifyThat(CaravanConstraints::disruption).given(POLICY, newlyBrought).penalizesBy(DisruptionRule.BROUGHT.units() * unit);

        Participant notInThePublishedPlan = person("x").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::disruption).given(POLICY, notInThePublishedPlan).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::disruption).given(POLICY.withWeight(SoftRule.DISRUPTION, 0), dropped).penalizesBy(0);
    }
}
