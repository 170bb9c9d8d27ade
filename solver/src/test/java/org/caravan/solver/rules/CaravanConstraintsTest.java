package org.caravan.solver.rules;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.FlightLeg;
import org.caravan.solver.domain.Lodging;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.RoomingPolicy;
import org.caravan.solver.domain.RoommateRequest;
import org.caravan.solver.domain.Trip;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.caravan.solver.rules.ModelFixture.ALL_NIGHTS;
import static org.caravan.solver.rules.ModelFixture.FOUR_STARS;
import static org.caravan.solver.rules.ModelFixture.LAST_NIGHT;
import static org.caravan.solver.rules.ModelFixture.LATE_NIGHTS;
import static org.caravan.solver.rules.ModelFixture.SELF;
import static org.caravan.solver.rules.ModelFixture.THREE_NIGHTS;
import static org.caravan.solver.rules.ModelFixture.TWO_STARS;
import static org.caravan.solver.rules.ModelFixture.fund;
import static org.caravan.solver.rules.ModelFixture.person;
import static org.caravan.solver.rules.ModelFixture.room;
import static org.caravan.solver.rules.ModelFixture.trip;

/** Each rule once broken and once kept, with the degree the search climbs by. */
class CaravanConstraintsTest {

    private final ConstraintVerifier<CaravanConstraints, CaravanSolution> verifier =
            ConstraintVerifier.build(new CaravanConstraints(), CaravanSolution.class, Attendee.class);

    private final Trip threeNights = trip("t3", 40_000, THREE_NIGHTS);
    private final Trip lateNights = trip("tl", 30_000, LATE_NIGHTS);
    private final Trip lastNight = trip("t1", 20_000, LAST_NIGHT);

    // ---------------------------------------------------------------- hard

    @Test
    void roomCapacityExceededOnANight() {
        Lodging twin = room("twin", 2, 9_000);
        Attendee a = person("a").flies(threeNights).in(twin).build();
        Attendee b = person("b").flies(threeNights).in(twin).build();
        Attendee c = person("c").flies(lateNights).in(twin).build();
        // Night 3 holds a, b and c: one over.
        verifier.verifyThat(CaravanConstraints::roomCapacity).given(a, b, c).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::roomCapacity).given(a, b, c).justifiesWithExactly(new RuleMatch(
                List.of("twin", "a", "b", "c"),
                "Room twin has 2 beds and holds more people on the nights of 2026-03-25 (1 over in all): a, b, c"));
        Attendee d = person("d").flies(lastNight).in(twin).build();
        verifier.verifyThat(CaravanConstraints::roomCapacity).given(a, b, d).penalizesBy(0);
    }

    @Test
    void roomNotAvailableOnANightOfTheStay() {
        Lodging shortBlock = room("short", FOUR_STARS, 2, 9_000, false, 0b000110L);
        Attendee a = person("a").flies(threeNights).in(shortBlock).build();
        verifier.verifyThat(CaravanConstraints::roomUnavailable).given(a).penalizesBy(1);
        Lodging fullBlock = room("full", 2, 9_000);
        verifier.verifyThat(CaravanConstraints::roomUnavailable)
                .given(person("b").flies(threeNights).in(fullBlock).build()).penalizesBy(0);
    }

    @Test
    void rommatesOfDifferentGendersOutsideAHousehold() {
        Lodging twin = room("twin", 2, 9_000);
        Attendee woman = person("w").flies(threeNights).in(twin).build();
        Attendee man = person("m").gender(Gender.M).flies(lateNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(woman, man).penalizesBy(1);

        Attendee wife = person("w2").household("fam").flies(threeNights).in(twin).build();
        Attendee husband = person("m2").gender(Gender.M).household("fam").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(wife, husband).penalizesBy(0);

        Attendee manLater = person("m3").gender(Gender.M).flies(lastNight).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(woman, manLater).penalizesBy(0);
    }

    @Test
    void genderXSharesOnlyWithMutualRequestOrHousehold() {
        Lodging twin = room("twin", 2, 9_000);
        Attendee x = person("x").gender(Gender.X).flies(threeNights).in(twin).build();
        Attendee f = person("f").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(x, f).penalizesBy(1);
        Attendee x2 = person("x2").gender(Gender.X).mutualRequest("f2").flies(threeNights).in(twin).build();
        Attendee f2 = person("f2").mutualRequest("x2").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::genderMix).given(x2, f2).penalizesBy(0);
    }

    @Test
    void singleRoomNeedNotMet() {
        Lodging twin = room("twin", 2, 9_000);
        Attendee loner = person("s").single().flies(threeNights).in(twin).build();
        Attendee other = person("o").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::singleRoomShared).given(loner, other).penalizesBy(1);
        Lodging elsewhere = room("other", 2, 9_000);
        verifier.verifyThat(CaravanConstraints::singleRoomShared)
                .given(loner, person("o2").flies(threeNights).in(elsewhere).build()).penalizesBy(0);
    }

    @Test
    void accessibilityNeedInARoomThatIsNotAccessible() {
        Lodging plain = room("plain", 2, 9_000);
        Lodging ramp = room("ramp", FOUR_STARS, 2, 9_000, true, ALL_NIGHTS);
        verifier.verifyThat(CaravanConstraints::accessibleRoomMissing)
                .given(person("a").accessible().flies(threeNights).in(plain).build()).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::accessibleRoomMissing)
                .given(person("b").accessible().flies(threeNights).in(ramp).build()).penalizesBy(0);
    }

    @Test
    void itineraryNotAllowed() {
        Lodging twin = room("twin", 2, 9_000);
        verifier.verifyThat(CaravanConstraints::itineraryNotAllowed)
                .given(person("a").flies(threeNights, false).in(twin).build()).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::itineraryNotAllowed)
                .given(person("b").flies(threeNights).in(twin).build()).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::itineraryNotAllowed)
                .given(person("c").ground(THREE_NIGHTS, 0, true).in(twin).build()).penalizesBy(1);
    }

    @Test
    void flightSegmentOverItsSeatLimit() {
        FlightLeg groupFare = new FlightLeg("TU745", 1);
        Trip fare = trip("tf", 10_000, THREE_NIGHTS, 0, 0, 0, 1, List.of(groupFare));
        Lodging quad = room("quad", 4, 9_000);
        Attendee a = person("a").flies(fare).in(quad).build();
        Attendee b = person("b").flies(fare).in(quad).build();
        Attendee c = person("c").flies(fare).in(quad).build();
        verifier.verifyThat(CaravanConstraints::seatLimit).given(a, b, c).penalizesBy(2);
        verifier.verifyThat(CaravanConstraints::seatLimit).given(a).penalizesBy(0);
    }

    @Test
    void totalBudgetExceededInWholeUnitsRoundedUp() {
        Lodging single = room("single", 1, 10_000);
        // 3 nights × 100.00 room + 400.00 flight + 3 × 1.50 tax = 704.50; the budget is 1000.00.
        Attendee a = person("a").flies(threeNights).in(single).build();
        verifier.verifyThat(CaravanConstraints::budgetExceeded).given(a).penalizesBy(0);
        Lodging second = room("second", 1, 10_000);
        Attendee b = person("b").flies(threeNights).in(second).build();
        // 1409.00 spent: 409.00 over.
        verifier.verifyThat(CaravanConstraints::budgetExceeded).given(a, b).penalizesBy(409);
        Attendee selfFunded = person("c").payer(SELF).flies(threeNights).in(second).build();
        verifier.verifyThat(CaravanConstraints::budgetExceeded).given(a, selfFunded).penalizesBy(0);
    }

    @Test
    void fundExceededCountsItsShareOfSharedRooms() {
        Payer donor = fund("donor", 60_000);
        Lodging twin = room("twin", 2, 10_001);
        // The donor's participant pays 400.00 flight + 4.50 tax + half of 3 × 100.01 (50.01 rounded, each night).
        Attendee funded = person("a").payer(donor).flies(threeNights).in(twin).build();
        Attendee general = person("b").flies(threeNights).in(twin).build();
        // 400.00 + 4.50 + 150.03 = 554.53, within 600.00.
        verifier.verifyThat(CaravanConstraints::fundExceeded).given(funded, general).penalizesBy(0);
        Payer smallDonor = fund("small", 50_000);
        Attendee poor = person("c").payer(smallDonor).flies(threeNights).in(twin).build();
        // 554.53 against 500.00: 54.53 over, 55 units.
        verifier.verifyThat(CaravanConstraints::fundExceeded).given(poor, general).penalizesBy(55);
    }

    @Test
    void mustAttendParticipantNotBrought() {
        Attendee absent = person("a").mustAttend().flies(threeNights).build();
        verifier.verifyThat(CaravanConstraints::mustAttendNotBrought).given(absent).penalizesBy(1);
        Attendee present = person("b").mustAttend().flies(threeNights).in(room("r", 1, 5_000)).build();
        verifier.verifyThat(CaravanConstraints::mustAttendNotBrought).given(present).penalizesBy(0);
    }

    // ---------------------------------------------------------------- medium

    @Test
    void participantNotBroughtCostsTheirPriority() {
        Attendee absent = person("a").priority(4).flies(threeNights).build();
        Attendee present = person("b").priority(5).flies(threeNights).in(room("r", 1, 5_000)).build();
        verifier.verifyThat(CaravanConstraints::participantNotBrought).given(absent, present).penalizesBy(4);
        verifier.verifyThat(CaravanConstraints::participantNotBrought).given(present).penalizesBy(0);
    }

    // ---------------------------------------------------------------- money

    @Test
    void flightCostPerBroughtFlyer() {
        Attendee flyer = person("a").flies(threeNights).in(room("r", 1, 5_000)).build();
        Attendee absent = person("b").flies(lateNights).build();
        verifier.verifyThat(CaravanConstraints::flightCost).given(flyer, absent).penalizesBy(40_000);
    }

    @Test
    void roomCostOncePerUsedRoomNight() {
        Lodging twin = room("twin", 2, 9_000);
        Attendee a = person("a").flies(threeNights).in(twin).build();
        Attendee b = person("b").flies(lateNights).in(twin).build();
        // Nights 1, 2, 3 and 4 are used: 4 × 90.00, the shared night once.
        verifier.verifyThat(CaravanConstraints::roomCost).given(a, b).penalizesBy(36_000);
    }

    @Test
    void touristTaxPerPersonNight() {
        Lodging twin = room("twin", 2, 9_000);
        Attendee a = person("a").flies(threeNights).in(twin).build();
        Attendee b = person("b").flies(lateNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::touristTax).given(a, b).penalizesBy(5 * 150);
        Attendee home = person("c").noLodging().flies(threeNights).in(Lodging.NOT_NEEDED).build();
        verifier.verifyThat(CaravanConstraints::touristTax).given(home).penalizesBy(0);
    }

    @Test
    void visaFeesOfTheChosenTrip() {
        Lodging single = room("single", 1, 9_000);
        Attendee a = person("a").visaFee(threeNights, 3_500).flies(threeNights).in(single).build();
        verifier.verifyThat(CaravanConstraints::visaFees).given(a).penalizesBy(3_500);
        Attendee b = person("b").visaFee(lateNights, 3_500).flies(threeNights).in(single).build();
        verifier.verifyThat(CaravanConstraints::visaFees).given(b).penalizesBy(0);
        Attendee local = person("c").ground(THREE_NIGHTS, 2_000, false).in(single).build();
        verifier.verifyThat(CaravanConstraints::visaFees).given(local).penalizesBy(2_000);
    }

    // ---------------------------------------------------------------- nuisances

    @Test
    void roommatesWithoutACommonLanguage() {
        Lodging twin = room("twin", 2, 9_000);
        Attendee french = person("a").languages("fr").flies(threeNights).in(twin).build();
        Attendee mongolian = person("b").languages("mn").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::noCommonLanguage).given(french, mongolian).penalizesBy(1);
        Attendee bilingual = person("c").languages("mn", "fr").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::noCommonLanguage).given(french, bilingual).penalizesBy(0);
    }

    @Test
    void roommateCountryFollowsThePolicy() {
        Lodging twin = room("twin", 2, 9_000);
        Attendee french = person("a").flies(threeNights).in(twin).build();
        Attendee alsoFrench = person("b").flies(threeNights).in(twin).build();
        Attendee malian = person("c").nationality("ML").flies(threeNights).in(twin).build();
        RoomingPolicy mix = new RoomingPolicy(RoommateCountryMode.MIX);
        RoomingPolicy group = new RoomingPolicy(RoommateCountryMode.GROUP);
        RoomingPolicy ignore = new RoomingPolicy(RoommateCountryMode.IGNORE);
        verifier.verifyThat(CaravanConstraints::roommateCountry).given(mix, french, alsoFrench).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::roommateCountry).given(mix, french, malian).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::roommateCountry).given(group, french, malian).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::roommateCountry).given(ignore, french, alsoFrench).penalizesBy(0);
    }

    @Test
    void roommateRequestNotHonoured() {
        Lodging twin = room("twin", 2, 9_000);
        Lodging other = room("other", 2, 9_000);
        Attendee asker = person("a").flies(threeNights).in(twin).build();
        Attendee friendElsewhere = person("b").flies(threeNights).in(other).build();
        RoommateRequest request = new RoommateRequest(asker.getIndex(), friendElsewhere.getIndex());
        verifier.verifyThat(CaravanConstraints::roommateRequestUnmet).given(request, asker, friendElsewhere).penalizesBy(1);
        Attendee friendTogether = person("c").flies(threeNights).in(twin).build();
        verifier.verifyThat(CaravanConstraints::roommateRequestUnmet)
                .given(new RoommateRequest(asker.getIndex(), friendTogether.getIndex()), asker, friendTogether).penalizesBy(0);
        Attendee friendAbsent = person("d").flies(threeNights).build();
        verifier.verifyThat(CaravanConstraints::roommateRequestUnmet)
                .given(new RoommateRequest(asker.getIndex(), friendAbsent.getIndex()), asker, friendAbsent).penalizesBy(0);
    }

    @Test
    void delegationSplitAcrossHotels() {
        Lodging four = room("four", FOUR_STARS, 2, 9_000, false, ALL_NIGHTS);
        Lodging two = room("two", TWO_STARS, 2, 5_000, false, ALL_NIGHTS);
        Attendee a = person("a").delegation("sahel").flies(threeNights).in(four).build();
        Attendee b = person("b").delegation("sahel").flies(threeNights).in(two).build();
        Attendee c = person("c").delegation("sahel").flies(threeNights).in(four).build();
        verifier.verifyThat(CaravanConstraints::delegationSplit).given(a, b, c).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::delegationSplit).given(a, c).penalizesBy(0);
    }

    @Test
    void connectionsLongLayoversAndTravelHours() {
        Trip viaParis = trip("via", 50_000, THREE_NIGHTS, 2, 1, 12_345, 7, List.of());
        Attendee a = person("a").flies(viaParis).in(room("r", 1, 9_000)).build();
        verifier.verifyThat(CaravanConstraints::connections).given(a).penalizesBy(2);
        verifier.verifyThat(CaravanConstraints::longLayovers).given(a).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::travelHours).given(a).penalizesBy(12_345);
        Attendee direct = person("b").flies(threeNights).in(room("r2", 1, 9_000)).build();
        verifier.verifyThat(CaravanConstraints::connections).given(direct).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::longLayovers).given(direct).penalizesBy(0);
    }

    @Test
    void distinctArrivalSlotsAreShuttleRuns() {
        Trip morning = trip("m", 10_000, THREE_NIGHTS, 0, 0, 0, 100, List.of());
        Trip alsoMorning = trip("m2", 10_000, THREE_NIGHTS, 0, 0, 0, 100, List.of());
        Trip evening = trip("e", 10_000, THREE_NIGHTS, 0, 0, 0, 108, List.of());
        Lodging quad = room("quad", 4, 9_000);
        Attendee a = person("a").flies(morning).in(quad).build();
        Attendee b = person("b").flies(alsoMorning).in(quad).build();
        Attendee c = person("c").flies(evening).in(quad).build();
        verifier.verifyThat(CaravanConstraints::arrivalSlots).given(a, b).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::arrivalSlots).given(a, b, c).penalizesBy(2);
    }

    @Test
    void vipLodgedBelowTheStarLevel() {
        Lodging cheap = room("two", TWO_STARS, 1, 5_000, false, ALL_NIGHTS);
        Lodging good = room("four", FOUR_STARS, 1, 9_000, false, ALL_NIGHTS);
        verifier.verifyThat(CaravanConstraints::vipBelowStars).given(person("v").vip().flies(threeNights).in(cheap).build()).penalizesBy(1);
        verifier.verifyThat(CaravanConstraints::vipBelowStars).given(person("w").vip().flies(threeNights).in(good).build()).penalizesBy(0);
        verifier.verifyThat(CaravanConstraints::vipBelowStars).given(person("d").flies(threeNights).in(cheap).build()).penalizesBy(0);
    }

    @Test
    void movedFromThePublishedPlan() {
        Lodging twin = room("twin", 2, 9_000);
        Attendee moved = person("a").flies(threeNights).in(twin).build();
        moved.publishedAs("t-other", "twin");
        Attendee kept = person("b").flies(threeNights).in(twin).build();
        kept.publishedAs("t3", "twin");
        Attendee dropped = person("c").flies(threeNights).build();
        dropped.publishedAs("t3", "twin");
        verifier.verifyThat(CaravanConstraints::disruption).given(moved, kept, dropped).penalizesBy(2);
        verifier.verifyThat(CaravanConstraints::disruption).given(kept).penalizesBy(0);
    }
}
