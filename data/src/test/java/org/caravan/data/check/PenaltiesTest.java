package org.caravan.data.check;

import org.caravan.data.plan.Plan;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caravan.data.check.CheckerFixture.NIGHTS_24_TO_27;
import static org.caravan.data.check.CheckerFixture.NIGHTS_24_TO_28;
import static org.caravan.data.check.CheckerFixture.brought;
import static org.caravan.data.check.CheckerFixture.dataset;
import static org.caravan.data.check.CheckerFixture.edits;
import static org.caravan.data.check.CheckerFixture.feasiblePlan;
import static org.caravan.data.check.CheckerFixture.notBrought;
import static org.caravan.data.check.CheckerFixture.planWith;
import static org.caravan.data.check.CheckerFixture.replace;

/**
 * Each penalty triggered and released, against the feasible plan of {@link CheckerFixture} whose penalties are
 * noCommonLanguage 120.00, roommateCountry 30.00, perStop 240.00, perTravelHour 661.99, longLayover 80.00,
 * arrivalSlot 360.00, the others 0.
 */
class PenaltiesTest {

    private final ValidDataset dataset = dataset();

    private Map<String, BigDecimal> penalties(ValidDataset dataset, Plan plan) {
        return PlanChecker.check(dataset, plan).penalties();
    }

    @Test
    void noCommonLanguageIsCountedPerRoommatePair() {
        assertThat(penalties(dataset, feasiblePlan()).get("noCommonLanguage")).isEqualByComparingTo("120.00");

        // Once p6 speaks French too, everyone in h1-102 can talk.
        ValidDataset frenchSpeaking = dataset(replace("\"languages\": [\"ar\"]", "\"languages\": [\"ar\", \"fr\"]"));
        assertThat(penalties(frenchSpeaking, feasiblePlan()).get("noCommonLanguage")).isEqualByComparingTo("0.00");
    }

    @Test
    void roommateCountryFollowsThePolicyMode() {
        // p8 Belgian: roommate pairs p1-p2 (BF, BF), p1-p6 and p2-p6 (BF, TD), p7-p8 (FR, BE).
        ValidDataset belgian = dataset(replace("\"name\": \"Louise\", \"gender\": \"F\", \"nationality\": \"FR\"",
                "\"name\": \"Louise\", \"gender\": \"F\", \"nationality\": \"BE\""));
        assertThat(penalties(belgian, feasiblePlan()).get("roommateCountry")).isEqualByComparingTo("15.00");

        ValidDataset grouped = dataset(edits(
                replace("\"roommateCountry\": \"MIX\"", "\"roommateCountry\": \"GROUP\""),
                replace("\"name\": \"Louise\", \"gender\": \"F\", \"nationality\": \"FR\"",
                        "\"name\": \"Louise\", \"gender\": \"F\", \"nationality\": \"BE\"")));
        assertThat(penalties(grouped, feasiblePlan()).get("roommateCountry")).isEqualByComparingTo("45.00");

        ValidDataset ignored = dataset(replace("\"roommateCountry\": \"MIX\"", "\"roommateCountry\": \"IGNORE\""));
        assertThat(penalties(ignored, feasiblePlan()).get("roommateCountry")).isEqualByComparingTo("0.00");
    }

    @Test
    void roommateRequestUnmetIsCountedPerDirection() {
        // p8 alone in h2-202: p7 -> p8 and p8 -> p7 both unmet.
        Plan apart = planWith(brought("p8", "itB", "h2-202", NIGHTS_24_TO_28));
        assertThat(penalties(dataset, apart).get("roommateRequestUnmet")).isEqualByComparingTo("80.00");

        // A request for someone not brought does not count.
        Plan p8Stays = planWith(notBrought("p8"));
        assertThat(penalties(dataset, p8Stays).get("roommateRequestUnmet")).isEqualByComparingTo("0.00");
    }

    @Test
    void roommateRequestForSomeoneWithoutLodgingDoesNotCount() {
        ValidDataset asksForP9 = dataset(replace("\"roommateRequests\": [\"p2\"]", "\"roommateRequests\": [\"p2\", \"p9\"]"));
        // p9 needs no room.
        assertThat(penalties(asksForP9, feasiblePlan()).get("roommateRequestUnmet")).isEqualByComparingTo("0.00");
        // p1 asking for herself is no request: the dataset is refused before any plan is checked against it.
        assertThatThrownBy(() -> dataset(replace("\"roommateRequests\": [\"p2\"]", "\"roommateRequests\": [\"p2\", \"p1\"]")))
                .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("asks to room with themself");
    }

    @Test
    void delegationSplitIsCountedPerExtraHotel() {
        // bf-net: p1 stays in h1, p2 moves to h2 (and the two requests between them go unmet).
        Plan split = planWith(brought("p2", "itA", "h2-202", NIGHTS_24_TO_27));

        Map<String, BigDecimal> penalties = penalties(dataset, split);

        assertThat(penalties.get("delegationSplit")).isEqualByComparingTo("25.00");
        assertThat(penalties.get("roommateRequestUnmet")).isEqualByComparingTo("80.00");
    }

    @Test
    void delegationMembersWithoutARoomDoNotSplitIt() {
        // tn-host: p4 in h1, p9 needs no room: no split in the feasible plan.
        assertThat(penalties(dataset, feasiblePlan()).get("delegationSplit")).isEqualByComparingTo("0.00");
    }

    @Test
    void itineraryDiscomfortFollowsWhoFlies() {
        // Without p6 (itE: 2 stops, 600 + 720 minutes, arriving alone in slot 5 of the 24th):
        // perStop 240 - 60 = 180.00; perTravelHour 661.99 - 176.00 = 485.99; arrivalSlot 3 x 90 = 270.00.
        Map<String, BigDecimal> penalties = penalties(dataset, planWith(notBrought("p6")));

        assertThat(penalties.get("perStop")).isEqualByComparingTo("180.00");
        assertThat(penalties.get("perTravelHour")).isEqualByComparingTo("485.99");
        assertThat(penalties.get("arrivalSlot")).isEqualByComparingTo("270.00");
        assertThat(penalties.get("longLayover")).isEqualByComparingTo("80.00");
    }

    @Test
    void longLayoverIsCountedPerBroughtFlyer() {
        // Only p5's itD waits 7 hours in Tunis.
        assertThat(penalties(dataset, planWith(notBrought("p5"))).get("longLayover")).isEqualByComparingTo("0.00");
    }

    @Test
    void arrivalSlotsAreBlocksOfTheDayAtTheVenueAirport() {
        // With 6-hour slots: itA 16:00 and itB 12:30 fall in block 2 of the 24th, itE 11:00 in block 1,
        // itD 03:00 in block 0 of the 25th: 3 slots.
        ValidDataset sixHours = dataset(replace("\"arrivalSlotMinutes\": 120", "\"arrivalSlotMinutes\": 360"));

        assertThat(penalties(sixHours, feasiblePlan()).get("arrivalSlot")).isEqualByComparingTo("270.00");
    }

    @Test
    void vipBelowStarsForASpeakerInAThreeStarHotel() {
        Plan threeStars = planWith(brought("p3", "itB", "h2-202", NIGHTS_24_TO_28));

        assertThat(penalties(dataset, threeStars).get("vipBelowStars")).isEqualByComparingTo("150.00");
    }

    @Test
    void disruptionCountsParticipantsWhoseRoomOrItineraryMoved() {
        // p3 changes room (6 units), p6 is no longer brought (20 units), at 50.00 a unit (DisruptionRule). p9 (no
        // room, no itinerary) does not move.
        Plan replan = planWith(brought("p3", "itB", "h2-202", NIGHTS_24_TO_28), notBrought("p6"));

        CheckReport report = PlanChecker.check(dataset, replan, feasiblePlan());

        assertThat(report.penalties().get("disruption")).isEqualByComparingTo("1300.00");
        assertThat(PlanChecker.check(dataset, replan).penalties().get("disruption")).isEqualByComparingTo("0.00");
        assertThat(PlanChecker.check(dataset, feasiblePlan(), feasiblePlan()).penalties().get("disruption"))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void zeroWeightSwitchesAPenaltyOff() {
        ValidDataset noSlots = dataset(replace("\"arrivalSlot\": 90", "\"arrivalSlot\": 0"));

        CheckReport report = PlanChecker.check(noSlots, feasiblePlan());

        assertThat(report.penalties().get("arrivalSlot")).isEqualByComparingTo("0.00");
        assertThat(report.score().soft()).isEqualByComparingTo("-6722.49"); // -(5590.50 + 1491.99 - 360.00)
    }

    @Test
    void eachPenaltyIsAlsoAMatchWithItsSentenceAndIds() {
        CheckReport report = PlanChecker.check(dataset, planWith(brought("p3", "itB", "h2-202", NIGHTS_24_TO_28)),
                feasiblePlan());

        for (SoftRule rule : SoftRule.values()) {
            long matched = report.penaltyMatches().stream().filter(match -> match.rule() == rule)
                    .mapToLong(Penalty::cents).sum();
            assertThat(Money.fromCents(matched)).as(rule.key()).isEqualByComparingTo(report.penalties().get(rule.key()));
        }
        assertThat(report.penaltyMatches()).filteredOn(match -> match.rule() == SoftRule.VIP_BELOW_STARS)
                .singleElement().satisfies(match -> {
                    assertThat(match.cents()).isEqualTo(15_000);
                    assertThat(match.ids()).containsExactly("p3", "h2");
                    assertThat(match.message()).contains("p3").contains("3 stars");
                });
        assertThat(report.penaltyMatches()).filteredOn(match -> match.rule() == SoftRule.DISRUPTION)
                .singleElement().satisfies(match -> assertThat(match.ids()).isEqualTo(List.of("p3")));
        assertThat(report.penaltyMatches()).allSatisfy(match -> assertThat(match.cents()).isPositive());
    }

    @Test
    void aRuleSwitchedOffHasNoMatches() {
        ValidDataset noSlots = dataset(replace("\"arrivalSlot\": 90", "\"arrivalSlot\": 0"));

        assertThat(PlanChecker.check(dataset, feasiblePlan()).penaltyMatches()).anyMatch(match -> match.rule() == SoftRule.ARRIVAL_SLOT);
        assertThat(PlanChecker.check(noSlots, feasiblePlan()).penaltyMatches()).noneMatch(match -> match.rule() == SoftRule.ARRIVAL_SLOT);
    }
}
