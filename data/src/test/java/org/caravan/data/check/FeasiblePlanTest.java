package org.caravan.data.check;

import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.caravan.data.check.CheckerFixture.NIGHTS_24_TO_27;
import static org.caravan.data.check.CheckerFixture.NIGHTS_24_TO_28;
import static org.caravan.data.check.CheckerFixture.brought;
import static org.caravan.data.check.CheckerFixture.dataset;
import static org.caravan.data.check.CheckerFixture.feasiblePlan;
import static org.caravan.data.check.CheckerFixture.nights;
import static org.caravan.data.check.CheckerFixture.planWith;
import static org.caravan.data.check.CheckerFixture.replace;

/**
 * The feasible plan of {@link CheckerFixture}, every amount worked out by hand.
 *
 * <pre>
 * flights   p1, p2 itA 2 x 640 = 1280; p3, p7, p8 itB 3 x 420 = 1260; p5 itD 510; p6 itE 780     = 3830.00
 * rooms     h1-101 p3 alone 5 nights x 95 = 475; h1-102 (p1 p2 p6) 4 x 95 = 380; h1-103 p4 3 x 80 = 240;
 *           h2-201 p5 4 x 60 = 240; h2-203 (p7 p8) 5 x 70 = 350                                  = 1685.00
 * taxes     h1: (p3 5 + p1 4 + p2 4 + p6 4 + p4 3) = 20 person-nights x 1.50 = 30.00;
 *           h2: (p5 4 + p7 5 + p8 5) = 14 x 0.75 = 10.50                                         =   40.50
 * visas     p6 (TD) enters Tunisia: 35                                                           =   35.00
 * total                                                                                          = 5590.50
 *
 * shares of h1-102, 95.00 a night for 3 occupants: fund-a (p1 p2) 95 x 2/3 = 63.333 -> 63.33;
 *           general (p6) 95 x 1/3 = 31.666 -> 31.67 (the two add up to 95.00 here)
 * fund-a    flights 640 + 640 + 510 = 1790; rooms 4 x 63.33 = 253.32 + h2-201 240 = 493.32;
 *           taxes 6 + 6 + 3 = 15                                                                 = 2298.32
 * general   flights 420 (p3) + 780 (p6) + 420 (p7) = 1620; rooms 475 + 4 x 31.67 = 126.68 + p7's half
 *           of h2-203 5 x 35 = 175 -> 776.68; taxes 7.50 + 6 + 3.75 = 17.25; visas 35; p9 costs nothing = 2448.93
 * SELF      flights 420 (p8); rooms 240 (p4) + 175 (p8) = 415; taxes 4.50 + 3.75 = 8.25          =  843.25
 * budget    non-SELF 2298.32 + 2448.93 = 4747.25 <= 6000; fund-a 2298.32 <= 2500
 *
 * penalties noCommonLanguage: in h1-102, p6 [ar] shares no language with p1 [fr mos] nor p2 [fr]: 2 x 60 = 120.00
 *           roommateCountry (MIX): p1-p2 both BF, p7-p8 both FR: 2 x 15                         =   30.00
 *           perStop: itA 2 stops x 2 flyers + itD 2 + itE 2 = 8 x 30                             =  240.00
 *           perTravelHour (8.00/h): itA 420 + 420 min = 56.00 + 56.00, x 2 flyers = 224.00;
 *             itB 145 min = 8 x 145/60 = 19.333 -> 19.33, + 150 min = 20.00 -> 39.33, x 3 = 117.99;
 *             itD 360 + 720 min = 48.00 + 96.00 = 144.00; itE 600 + 720 = 80.00 + 96.00 = 176.00 =  661.99
 *           longLayover: itD's 7 h in Tunis: 1 x 80                                              =   80.00
 *           arrivalSlot (120 min): 24th 16:00 (slot 8), 24th 12:30 (6), 24th 11:00 (5), 25th 03:00 (1) = 4 x 90
 *                                                                                                =  360.00
 *           others 0 (requests met, delegations in one hotel each, the speaker in a 4* hotel)   = 1491.99
 * score     0hard / 0medium / -(5590.50 + 1491.99) = -7082.49soft
 * </pre>
 */
class FeasiblePlanTest {

    private final ValidDataset dataset = dataset();

    @Test
    void fixtureIsAValidDataset() {
        assertThat(DatasetValidator.validate(dataset.dataset())).isEmpty();
    }

    @Test
    void feasiblePlanHasTheHandComputedScoreCostsAndPenalties() {
        CheckReport report = PlanChecker.check(dataset, feasiblePlan());

        assertThat(report.breaches()).isEmpty();
        assertThat(report.feasible()).isTrue();
        assertThat(report.score()).isEqualTo(new PlanScore(0, 0, new BigDecimal("-7082.49")));
        assertThat(report.softCents()).isEqualTo(-708_249);
        assertThat(report.costs().total()).isEqualByComparingTo("5590.50");
        assertThat(report.costs().flights()).isEqualByComparingTo("3830.00");
        assertThat(report.costs().rooms()).isEqualByComparingTo("1685.00");
        assertThat(report.costs().taxes()).isEqualByComparingTo("40.50");
        assertThat(report.costs().visas()).isEqualByComparingTo("35.00");
        assertThat(report.costs().byFund()).containsExactly(
                entry("fund-a", new BigDecimal("2298.32")),
                entry("general", new BigDecimal("2448.93")),
                entry("SELF", new BigDecimal("843.25")));
        assertThat(report.penalties()).containsExactly(
                entry("noCommonLanguage", new BigDecimal("120.00")),
                entry("roommateCountry", new BigDecimal("30.00")),
                entry("roommateRequestUnmet", new BigDecimal("0.00")),
                entry("delegationSplit", new BigDecimal("0.00")),
                entry("perStop", new BigDecimal("240.00")),
                entry("perTravelHour", new BigDecimal("661.99")),
                entry("longLayover", new BigDecimal("80.00")),
                entry("arrivalSlot", new BigDecimal("360.00")),
                entry("vipBelowStars", new BigDecimal("0.00")),
                entry("disruption", new BigDecimal("0.00")));
        // The plan states exactly the hand-computed numbers, so the referee agrees with it.
        assertThat(report.inconsistencies()).isEmpty();
    }

    /**
     * p1 and p2 split fund-a's 63.33 a night cent by cent: 31.67 (p1, first in the dataset) and 31.66, so that
     * over 4 nights they pay 126.68 + 126.64 = 253.32 = fund-a's room shares.
     */
    @Test
    void participantCostsAddUpToTheirPayers() {
        CheckReport report = PlanChecker.check(dataset, feasiblePlan());

        assertThat(report.participantCosts().keySet()).containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8",
                "p9");
        assertThat(report.participantCosts().get("p1")).isEqualTo(new ParticipantCost("p1", "fund-a", "h1-102",
                new BigDecimal("640.00"), new BigDecimal("126.68"), new BigDecimal("6.00"), new BigDecimal("0.00"),
                new BigDecimal("772.68")));
        assertThat(report.participantCosts().get("p2").roomShare()).isEqualByComparingTo("126.64");
        assertThat(report.participantCosts().get("p6")).isEqualTo(new ParticipantCost("p6", "general", "h1-102",
                new BigDecimal("780.00"), new BigDecimal("126.68"), new BigDecimal("6.00"), new BigDecimal("35.00"),
                new BigDecimal("947.68")));
        assertThat(report.participantCosts().get("p4").total()).isEqualByComparingTo("244.50");
        assertThat(report.participantCosts().get("p9").total()).isEqualByComparingTo("0.00");
        for (String payer : report.costs().byFund().keySet()) {
            BigDecimal sum = report.participantCosts().values().stream().filter(cost -> cost.payer().equals(payer))
                    .map(ParticipantCost::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(payer).isEqualByComparingTo(report.costs().byFund().get(payer));
        }
    }

    /**
     * p5's itD lands at 03:00 on the 25th, before 04:00, so p5 needs the bed of the night of the 24th: 4 nights
     * (24..27), 4 x 60.00 in h2-201. Landing at 04:30 instead, the night of the 24th is not needed: 3 nights.
     */
    @Test
    void redEyeArrivalNeedsTheNightBefore() {
        CheckReport redEye = PlanChecker.check(dataset, feasiblePlan());
        assertThat(redEye.inconsistencies()).isEmpty(); // the plan states 24..27 for p5
        assertThat(redEye.roomCosts().get("h2-201")).isEqualByComparingTo("240.00");

        ValidDataset later = dataset(replace("\"arrival\": \"2026-03-25T03:00\"", "\"arrival\": \"2026-03-25T04:30\""));
        CheckReport morning = PlanChecker.check(later, planWith(brought("p5", "itD", "h2-201", nights(25, 26, 27))));
        assertThat(morning.roomCosts().get("h2-201")).isEqualByComparingTo("180.00");
        assertThat(morning.inconsistencies()).noneMatch(text -> text.contains("p5"));
    }

    /** itB comes back on the night Paris moves to summer time: 13:00 Tunis to 16:30 Paris is 150 minutes. */
    @Test
    void travelHoursCountRealElapsedTimeAcrossTimeZones() {
        Plan onlyP3Flies = CheckerFixture.plan(List.of(
                brought("p3", "itB", "h1-101", NIGHTS_24_TO_28),
                CheckerFixture.notBrought("p1"), CheckerFixture.notBrought("p2"), CheckerFixture.notBrought("p4"),
                CheckerFixture.notBrought("p5"), CheckerFixture.notBrought("p6"), CheckerFixture.notBrought("p7"),
                CheckerFixture.notBrought("p8"), CheckerFixture.notBrought("p9")));

        CheckReport report = PlanChecker.check(dataset, onlyP3Flies);

        // 8.00 x 145/60 = 19.33 out, 8.00 x 150/60 = 20.00 back
        assertThat(report.penalties().get("perTravelHour")).isEqualByComparingTo("39.33");
        // medium: everyone but p3 left out: 3 + 2 + 4 + 2 + 3 + 1 + 1 + 1 = 17
        assertThat(report.mediumScore()).isEqualTo(-17);
    }

    /** The checker used to count a missing priority as 1; a valid dataset has one for everybody. */
    @Test
    void aParticipantWithoutPriorityNeverReachesTheChecker() {
        assertThatThrownBy(() -> dataset(replace("\"role\": \"STAFF\", \"priority\": 1,", "\"role\": \"STAFF\",")))
                .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("$.participants[8].priority");
        assertThat(PlanChecker.check(dataset, planWith(CheckerFixture.notBrought("p9"))).mediumScore()).isEqualTo(-1);
    }

    @Test
    void roomSharedByTwoPayersRoundsEachShareHalfUp() {
        CheckReport report = PlanChecker.check(dataset, feasiblePlan());

        // h1-102: fund-a 2/3 of 95.00 = 63.33 and general 1/3 = 31.67 a night; their sum is the price
        assertThat(report.participantCosts().get("p1").roomShare().add(report.participantCosts().get("p2").roomShare()))
                .isEqualByComparingTo("253.32");
        assertThat(report.participantCosts().get("p6").roomShare()).isEqualByComparingTo("126.68");
        assertThat(report.roomCosts().get("h1-102")).isEqualByComparingTo("380.00");
    }

    /**
     * p1 (fund-a), p6 (general) and p8 (SELF) share h1-102; p2 sleeps alone in h2-202, p7 alone in h2-203.
     * Nights 24..27: each payer's share is 95.00 / 3 = 31.67, so the payers pay 95.01 for a 95.00 room-night;
     * night 28: p8 alone, SELF pays 95.00. The payers' sum exceeds the total by 4 cents, as RULES.md allows.
     */
    @Test
    void roomSharedByThreePayersCanCostThePayersACentMoreThanItsPrice() {
        Plan plan = planWith(
                brought("p2", "itA", "h2-202", NIGHTS_24_TO_27),
                brought("p8", "itB", "h1-102", NIGHTS_24_TO_28));

        CheckReport report = PlanChecker.check(dataset, plan);

        assertThat(report.roomCosts().get("h1-102")).isEqualByComparingTo("475.00");
        assertThat(report.participantCosts().get("p1").roomShare()).isEqualByComparingTo("126.68");
        assertThat(report.participantCosts().get("p6").roomShare()).isEqualByComparingTo("126.68");
        assertThat(report.participantCosts().get("p8").roomShare()).isEqualByComparingTo("221.68");
        BigDecimal paid = report.costs().byFund().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid.subtract(report.costs().total())).isEqualByComparingTo("0.04");
    }
}
