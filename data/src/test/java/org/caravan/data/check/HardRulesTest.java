package org.caravan.data.check;

import org.caravan.data.plan.Plan;
import org.caravan.data.rules.HardRule;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.data.check.CheckerFixture.NIGHTS_24_TO_27;
import static org.caravan.data.check.CheckerFixture.NIGHTS_24_TO_28;
import static org.caravan.data.check.CheckerFixture.brought;
import static org.caravan.data.check.CheckerFixture.dataset;
import static org.caravan.data.check.CheckerFixture.edits;
import static org.caravan.data.check.CheckerFixture.feasiblePlan;
import static org.caravan.data.check.CheckerFixture.nights;
import static org.caravan.data.check.CheckerFixture.notBrought;
import static org.caravan.data.check.CheckerFixture.planWith;
import static org.caravan.data.check.CheckerFixture.replace;

/** Each hard rule broken in turn, starting from the feasible plan of {@link CheckerFixture}. */
class HardRulesTest {

    private final ValidDataset dataset = dataset();

    private static CheckReport check(ValidDataset dataset, Plan plan) {
        return PlanChecker.check(dataset, plan);
    }

    @Test
    void roomCapacityIsCountedPerPersonOverCapacityPerNight() {
        // p7 and p8 squeezed into the single room h2-202 for their 5 nights: 1 person over, 5 times.
        CheckReport report = check(dataset, planWith(
                brought("p7", "itB", "h2-202", NIGHTS_24_TO_28),
                brought("p8", "itB", "h2-202", NIGHTS_24_TO_28)));

        assertThat(report.breaches()).hasSize(5).allMatch(breach -> breach.rule() == HardRule.ROOM_CAPACITY);
        assertThat(report.breaches().get(0)).isEqualTo(new Breach(HardRule.ROOM_CAPACITY, 1,
                "Room h2-202 (capacity 1) holds 2 people on the night of 2026-03-24: p7, p8",
                List.of("h2-202", "2026-03-24", "p7", "p8")));
        assertThat(report.breaches().get(4).ids()).containsExactly("h2-202", "2026-03-28", "p7", "p8");
        assertThat(report.hardScore()).isEqualTo(-5);
        assertThat(report.feasible()).isFalse();
    }

    @Test
    void roomCapacityDegreeIsTheNumberOfPeopleOver() {
        // p7 and p8 join p1, p2, p6 in the triple h1-102: 5 people for 3 beds on nights 24..27, 2 on night 28.
        CheckReport report = check(dataset, planWith(
                brought("p7", "itB", "h1-102", NIGHTS_24_TO_28),
                brought("p8", "itB", "h1-102", NIGHTS_24_TO_28)));

        assertThat(report.breaches(HardRule.ROOM_CAPACITY)).extracting(Breach::degree).containsExactly(2L, 2L, 2L, 2L);
        assertThat(report.degree(HardRule.ROOM_CAPACITY)).isEqualTo(8);
    }

    @Test
    void roomUnavailableIsCountedPerParticipantNightOutsideTheBlock() {
        // h2-201's block ends with the night of the 27th; p3 stays until the morning of the 29th.
        CheckReport report = check(dataset, planWith(
                brought("p3", "itB", "h2-201", NIGHTS_24_TO_28),
                brought("p5", "itD", "h1-101", NIGHTS_24_TO_27)));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.ROOM_UNAVAILABLE, 1,
                "p3 sleeps in room h2-201 on the night of 2026-03-28, outside its block 2026-03-24 to 2026-03-27",
                List.of("p3", "h2-201", "2026-03-28")));
        assertThat(report.hardScore()).isEqualTo(-1);
    }

    @Test
    void genderMixIsCountedPerRoommatePair() {
        CheckReport report = check(dataset, planWith(brought("p6", "itE", "h2-201", NIGHTS_24_TO_27)));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.GENDER_MIX, 1,
                "p5 (gender M, household null) and p6 (gender F, household null) may not share:"
                        + " p5 and p6 share room h2-201 from the night of 2026-03-24",
                List.of("p5", "p6", "h2-201", "2026-03-24")));
        assertThat(report.hardScore()).isEqualTo(-1);
    }

    @Test
    void aHouseholdMayShareWhateverTheGenders() {
        ValidDataset household = dataset(edits(
                replace("\"delegation\": \"ml-youth\"", "\"delegation\": \"ml-youth\", \"household\": \"hh-1\""),
                replace("\"id\": \"p6\",", "\"id\": \"p6\", \"household\": \"hh-1\",")));

        CheckReport report = check(household, planWith(brought("p6", "itE", "h2-201", NIGHTS_24_TO_27)));

        assertThat(report.breaches()).isEmpty();
    }

    @Test
    void genderXSharesOnlyWhenBothAskedForEachOther() {
        // In the feasible plan p7 (X) and p8 (F) share h2-203 because each asked for the other.
        assertThat(check(dataset, feasiblePlan()).breaches()).isEmpty();

        ValidDataset oneWay = dataset(replace("\"roommateRequests\": [\"p7\"]", "\"roommateRequests\": []"));
        CheckReport report = check(oneWay, feasiblePlan());

        assertThat(report.breaches()).extracting(Breach::rule, Breach::ids).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HardRule.GENDER_MIX, List.of("p7", "p8", "h2-203", "2026-03-24")));
    }

    @Test
    void sameRoomOnDifferentNightsMakesNoRoommates() {
        // p4 (M) comes by ground on fixed dates and leaves the accessible single h1-103 on the 24th, when p6 (F)
        // moves in: nights 22-23 and 24-27, no night in common, so neither capacity nor gender is at stake.
        ValidDataset earlyStay = dataset(replace("\"travelMode\": \"NONE\", \"needsLodging\": true,",
                "\"travelMode\": \"NONE\", \"needsLodging\": true, \"fixedArrival\": \"2026-03-22T12:00\","
                        + " \"fixedDeparture\": \"2026-03-24T10:00\","));

        CheckReport apart = check(earlyStay, planWith(
                brought("p4", null, "h1-103", nights(22, 23)),
                brought("p6", "itE", "h1-103", NIGHTS_24_TO_27)));
        assertThat(apart.breaches()).isEmpty();

        // With the default stay (25..27) the same rooming breaks both rules.
        CheckReport together = check(dataset, planWith(brought("p6", "itE", "h1-103", NIGHTS_24_TO_27)));
        assertThat(together.breaches()).extracting(Breach::rule)
                .contains(HardRule.ROOM_CAPACITY, HardRule.GENDER_MIX);
    }

    @Test
    void singleRoomSharedIsCountedPerRoommatePair() {
        CheckReport report = check(dataset, planWith(brought("p5", "itD", "h1-101", NIGHTS_24_TO_27)));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.SINGLE_ROOM_SHARED, 1,
                "p3 needs a single room, but p3 and p5 share room h1-101 from the night of 2026-03-24",
                List.of("p3", "p5", "h1-101", "2026-03-24")));
        assertThat(report.hardScore()).isEqualTo(-1);
    }

    @Test
    void accessibilityNeedInARoomThatIsNotAccessible() {
        CheckReport report = check(dataset, planWith(brought("p4", null, "h2-202", nights(25, 26, 27))));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.ACCESSIBLE_ROOM_MISSING, 1,
                "p4 needs an accessible room but room h2-202 is not accessible", List.of("p4", "h2-202")));
        assertThat(report.hardScore()).isEqualTo(-1);
    }

    @Test
    void itineraryThroughACountryWhoseTransitVisaCannotBeObtained() {
        CheckReport report = check(dataset, planWith(brought("p5", "itC", "h2-202", NIGHTS_24_TO_28)));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.ITINERARY_NOT_ALLOWED, 1,
                "p5 may not fly itinerary itC: ML nationals without SCHENGEN cannot transit through FR (itinerary itC)",
                List.of("p5", "itC")));
        assertThat(report.hardScore()).isEqualTo(-1);
    }

    @Test
    void itineraryFromAnAirportThatIsNotHome() {
        // itC passes through Paris, p3's home, but starts in Bamako.
        CheckReport report = check(dataset, planWith(brought("p3", "itC", "h1-101", NIGHTS_24_TO_28)));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.ITINERARY_NOT_ALLOWED, 1,
                "p3 may not fly itinerary itC: Itinerary itC starts at BKO, not at a home airport [CDG]",
                List.of("p3", "itC")));
    }

    @Test
    void itineraryArrivingAfterTheArrivalWindow() {
        CheckReport report = check(dataset, planWith(brought("p1", "itG", "h1-102", nights(25, 26, 27))));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.ITINERARY_NOT_ALLOWED, 1,
                "p1 may not fly itinerary itG: Itinerary itG arrives 2026-03-25T10:30, outside the arrival window"
                        + " 2026-03-23T00:00 to 2026-03-25T08:00",
                List.of("p1", "itG")));
    }

    @Test
    void groundTravellerWhoCannotGetTheEntryVisa() {
        ValidDataset libyan = dataset(edits(
                replace("\"name\": \"Leila\", \"gender\": \"F\", \"nationality\": \"TN\"",
                        "\"name\": \"Leila\", \"gender\": \"F\", \"nationality\": \"LY\""),
                replace("\"visaRules\": [", """
                        "visaRules": [
                          {"nationality": "LY", "country": "TN", "purpose": "ENTRY", "visa": "TN-VISA", "obtainable": false},""")));

        CheckReport report = check(libyan, feasiblePlan());

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.ITINERARY_NOT_ALLOWED, 1,
                "p9 may not come by ground: LY nationals without TN-VISA cannot enter TN", List.of("p9")));
        assertThat(check(libyan, planWith(notBrought("p9"))).breaches()).isEmpty();
    }

    @Test
    void seatLimitIsCountedPerPassengerOver() {
        // s3 (DJE-TUN on the 28th) carries p1, p2 (itA) and p5 (itD).
        ValidDataset oneSeat = dataset(replace("\"seats\": 3", "\"seats\": 1"));

        CheckReport report = check(oneSeat, feasiblePlan());

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.SEAT_LIMIT, 2,
                "Segment s3 (XA 3, DJE to TUN, 2026-03-28T17:00) carries 3 passengers, over its seat limit of 1:"
                        + " p1, p2, p5",
                List.of("s3", "p1", "p2", "p5")));
        assertThat(report.hardScore()).isEqualTo(-2);
    }

    @Test
    void budgetExceededInWholeUnitsRoundedUp() {
        // fund-a 2298.32 + general 2448.93 = 4747.25 against 4700: 47.25 over, 48 units. SELF's 843.25 is not counted.
        ValidDataset tight = dataset(replace("\"total\": 6000", "\"total\": 4700"));

        CheckReport report = check(tight, feasiblePlan());

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.BUDGET_EXCEEDED, 48,
                "Payers other than SELF (fund-a, general) spend 4747.25 EUR, over the budget of 4700.00 EUR by 47.25 EUR",
                List.of("fund-a", "general")));
        assertThat(report.hardScore()).isEqualTo(-48);
    }

    @Test
    void budgetExactlySpentIsKeptAndOneCentOverCostsAUnit() {
        assertThat(check(dataset(replace("\"total\": 6000", "\"total\": 4747.25")), feasiblePlan()).breaches())
                .isEmpty();
        assertThat(check(dataset(replace("\"total\": 6000", "\"total\": 4747.24")), feasiblePlan()).hardScore())
                .isEqualTo(-1);
    }

    @Test
    void fundExceededInWholeUnitsRoundedUp() {
        ValidDataset smallFund = dataset(replace("\"amount\": 2500", "\"amount\": 2000"));

        CheckReport report = check(smallFund, feasiblePlan());

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.FUND_EXCEEDED, 299,
                "Fund fund-a pays 2298.32 EUR for its participants, over its amount of 2000.00 EUR by 298.32 EUR",
                List.of("fund-a")));
        assertThat(report.hardScore()).isEqualTo(-299);
    }

    @Test
    void mustAttendNotBroughtWeighsAThousand() {
        CheckReport report = check(dataset, planWith(notBrought("p3")));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.MUST_ATTEND_NOT_BROUGHT, 1,
                "p3 must attend but is not brought", List.of("p3")));
        assertThat(report.hardScore()).isEqualTo(-1000);
        assertThat(report.mediumScore()).isEqualTo(-5);
        assertThat(report.summary()).startsWith("INFEASIBLE, score -1000hard/-5medium/")
                .contains("breach MUST_ATTEND_NOT_BROUGHT (1): p3 must attend but is not brought");
    }

    @Test
    void broughtWithoutARoom() {
        CheckReport report = check(dataset, planWith(brought("p1", "itA", null, NIGHTS_24_TO_27)));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.HALF_BROUGHT, 1,
                "p1 is brought without a room", List.of("p1")));
        assertThat(report.hardScore()).isEqualTo(-1);
        // p1 still flies and pays for it, but takes no bed: p2 and p6 now split h1-102 47.50 each.
        assertThat(report.participantCosts().get("p1").total()).isEqualByComparingTo("640.00");
        assertThat(report.participantCosts().get("p6").roomShare()).isEqualByComparingTo("190.00");
    }

    @Test
    void broughtWithoutAnItinerary() {
        // Without an itinerary p2 has no stay, hence no night in h1-102 and no flight to pay.
        CheckReport report = check(dataset, planWith(brought("p2", null, "h1-102", List.of())));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.HALF_BROUGHT, 1,
                "p2 is brought without an itinerary", List.of("p2")));
        assertThat(report.participantCosts().get("p2").total()).isEqualByComparingTo("0.00");
    }

    @Test
    void broughtWithNeitherCountsOnce() {
        CheckReport report = check(dataset, planWith(brought("p2", null, null, List.of())));

        assertThat(report.breaches()).containsExactly(new Breach(HardRule.HALF_BROUGHT, 1,
                "p2 is brought without an itinerary and without a room", List.of("p2")));
        assertThat(report.mediumScore()).isZero();
    }

    @Test
    void hardScoreAddsEveryBreachTimesItsWeight() {
        // p3 left out (1000), p1 without a room (1), and s3 limited to 1 seat still carries p1, p2 and p5 (2 over).
        ValidDataset oneSeat = dataset(replace("\"seats\": 3", "\"seats\": 1"));

        CheckReport report = check(oneSeat, planWith(notBrought("p3"), brought("p1", "itA", null, NIGHTS_24_TO_27)));

        assertThat(report.breaches()).extracting(Breach::rule).containsExactly(HardRule.SEAT_LIMIT,
                HardRule.MUST_ATTEND_NOT_BROUGHT, HardRule.HALF_BROUGHT);
        assertThat(report.breaches(HardRule.SEAT_LIMIT).get(0).degree()).isEqualTo(2);
        assertThat(report.hardScore()).isEqualTo(-(2 + 1000 + 1));
    }
}
