package org.caravan.data.check;

import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Costs;
import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;
import org.caravan.data.rules.HardRule;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.data.check.CheckerFixture.NIGHTS_24_TO_27;
import static org.caravan.data.check.CheckerFixture.brought;
import static org.caravan.data.check.CheckerFixture.dataset;
import static org.caravan.data.check.CheckerFixture.feasibleAssignments;
import static org.caravan.data.check.CheckerFixture.feasiblePlan;
import static org.caravan.data.check.CheckerFixture.nights;

/** Where a plan contradicts the dataset or the recomputation: the referee must say so, not trust the plan. */
class InconsistenciesTest {

    private final ValidDataset dataset = dataset();

    /** The feasible plan (with its correct statements) whose assignments are replaced. */
    private static Plan statedPlanWith(List<Assignment> assignments) {
        Plan plan = feasiblePlan();
        return new Plan(plan.format(), plan.dataset(), plan.version(), plan.score(), plan.feasible(), assignments,
                plan.costs(), plan.penalties());
    }

    private static List<Assignment> assignmentsWith(Assignment... changes) {
        List<Assignment> assignments = new ArrayList<>(feasibleAssignments());
        for (Assignment change : changes) {
            assignments.replaceAll(a -> a.participant().equals(change.participant()) ? change : a);
        }
        return assignments;
    }

    @Test
    void unknownParticipant() {
        List<Assignment> assignments = new ArrayList<>(feasibleAssignments());
        assignments.add(brought("p99", "itA", "h1-101", NIGHTS_24_TO_27));

        CheckReport report = PlanChecker.check(dataset, statedPlanWith(assignments));

        assertThat(report.inconsistencies()).containsExactly("The plan assigns unknown participant p99");
        // the stranger takes no bed and costs nothing
        assertThat(report.costs().total()).isEqualByComparingTo("5590.50");
    }

    @Test
    void participantMissingFromThePlanCountsAsNotBrought() {
        List<Assignment> assignments = new ArrayList<>(feasibleAssignments());
        assignments.removeIf(assignment -> assignment.participant().equals("p9"));

        CheckReport report = PlanChecker.check(dataset, statedPlanWith(assignments));

        assertThat(report.mediumScore()).isEqualTo(-1);
        assertThat(report.inconsistencies()).containsExactly(
                "Participant p9 has no assignment in the plan; counted as not brought",
                "The plan states medium score 0, recomputed -1");
    }

    @Test
    void participantAssignedTwice() {
        List<Assignment> assignments = new ArrayList<>(feasibleAssignments());
        assignments.add(brought("p3", "itB", "h2-202", CheckerFixture.NIGHTS_24_TO_28));

        CheckReport report = PlanChecker.check(dataset, statedPlanWith(assignments));

        assertThat(report.inconsistencies())
                .containsExactly("Participant p3 has more than one assignment; only the first is checked");
        assertThat(report.roomCosts()).doesNotContainKey("h2-202");
    }

    @Test
    void unknownItineraryAndRoom() {
        CheckReport report = PlanChecker.check(dataset, statedPlanWith(assignmentsWith(
                brought("p5", "itZ", "h2-201", NIGHTS_24_TO_27),
                brought("p3", "itB", "h9-999", CheckerFixture.NIGHTS_24_TO_28))));

        assertThat(report.inconsistencies()).contains(
                "Participant p5 has unknown itinerary itZ; counted as no itinerary",
                "Participant p5: the plan says nights [2026-03-24, 2026-03-25, 2026-03-26, 2026-03-27], the stay"
                        + " (no itinerary, so no stay) gives []",
                "Participant p3 has unknown room h9-999; counted as no room");
        assertThat(report.breaches(HardRule.HALF_BROUGHT)).extracting(Breach::ids)
                .containsExactly(List.of("p3"), List.of("p5"));
    }

    @Test
    void nightsThatDoNotFollowFromTheStay() {
        // The plan forgets the night of the red-eye arrival.
        CheckReport report = PlanChecker.check(dataset, statedPlanWith(assignmentsWith(
                brought("p5", "itD", "h2-201", nights(25, 26, 27)))));

        assertThat(report.inconsistencies()).containsExactly("Participant p5: the plan says nights [2026-03-25,"
                + " 2026-03-26, 2026-03-27], the stay from 2026-03-25T03:00 to 2026-03-28T17:00 gives [2026-03-24,"
                + " 2026-03-25, 2026-03-26, 2026-03-27]");
        // the recomputed nights count, not the plan's
        assertThat(report.costs().rooms()).isEqualByComparingTo("1685.00");
    }

    @Test
    void notBroughtButGivenAnItineraryAndARoom() {
        CheckReport report = PlanChecker.check(dataset, statedPlanWith(assignmentsWith(
                new Assignment("p6", false, "itE", "h1-102", null, false, false, null))));

        assertThat(report.inconsistencies()).contains(
                "Participant p6 is not brought but the plan gives them itinerary itE, room h1-102, nights null");
        assertThat(report.participantCosts()).doesNotContainKey("p6");
        assertThat(report.mediumScore()).isEqualTo(-3);
    }

    @Test
    void itemsTheParticipantCannotUseAreIgnored() {
        CheckReport report = PlanChecker.check(dataset, statedPlanWith(assignmentsWith(
                brought("p4", "itA", "h1-103", nights(25, 26, 27)),
                brought("p9", null, "h2-202", List.of()))));

        assertThat(report.inconsistencies()).containsExactly(
                "Participant p4 travels by ground (travelMode NONE) but the plan gives them itinerary itA; ignored",
                "Participant p9 needs no lodging but the plan gives them room h2-202; ignored");
        assertThat(report.costs().total()).isEqualByComparingTo("5590.50");
    }

    @Test
    void statedScoreCostsPenaltiesAndFeasibilityThatDoNotMatch() {
        Plan correct = feasiblePlan();
        Map<String, BigDecimal> byFund = new LinkedHashMap<>(correct.costs().byFund());
        byFund.remove("SELF");
        byFund.put("general", new BigDecimal("2448.94"));
        Costs costs = new Costs(new BigDecimal("5590.49"), correct.costs().flights(), correct.costs().rooms(),
                correct.costs().taxes(), correct.costs().visas(), byFund);
        Map<String, BigDecimal> penalties = new LinkedHashMap<>(correct.penalties());
        penalties.remove("disruption");
        penalties.put("perTravelHour", new BigDecimal("662.00"));
        penalties.put("comfort", BigDecimal.ONE);
        Plan plan = new Plan("caravan-plan/0", correct.dataset(), 1, new PlanScore(-1, 0, new BigDecimal("-7082.50")),
                false, correct.assignments(), costs, penalties);

        CheckReport report = PlanChecker.check(dataset, plan);

        assertThat(report.inconsistencies()).containsExactly(
                "The plan's format is caravan-plan/0, expected caravan-plan/1",
                "The plan states hard score -1, recomputed 0",
                "The plan states soft score = -7082.50, recomputed -7082.49",
                "The plan states feasible=false, but the recomputed hard score is 0",
                "The plan states costs.total = 5590.49, recomputed 5590.50",
                "The plan states costs.byFund.general = 2448.94, recomputed 2448.93",
                "The plan states no costs.byFund.SELF; recomputed 843.25",
                "The plan states penalties.perTravelHour = 662.00, recomputed 661.99",
                "The plan states no penalties.disruption; recomputed 0.00",
                "The plan states an unknown penalty comfort");
        // the report carries the recomputed numbers, never the plan's
        assertThat(report.score()).isEqualTo(new PlanScore(0, 0, new BigDecimal("-7082.49")));
    }

    @Test
    void amountsAreComparedAsNumbersNotAsText() {
        Plan correct = feasiblePlan();
        Map<String, BigDecimal> penalties = new LinkedHashMap<>(correct.penalties());
        penalties.put("noCommonLanguage", new BigDecimal("120"));
        Plan plan = new Plan(correct.format(), correct.dataset(), 1, correct.score(), true, correct.assignments(),
                correct.costs(), penalties);

        assertThat(PlanChecker.check(dataset, plan).inconsistencies()).isEmpty();
    }

    @Test
    void planWithoutStatementsSaysSo() {
        Plan bare = CheckerFixture.plan(feasibleAssignments());

        CheckReport report = PlanChecker.check(dataset, bare);

        assertThat(report.inconsistencies()).contains(
                "The plan states no score; recomputed 0hard/0medium/-7082.49soft",
                "The plan states feasible=false, but the recomputed hard score is 0",
                "The plan states no costs; recomputed total 5590.50",
                "The plan states no penalties.noCommonLanguage; recomputed 120.00");
    }

    @Test
    void planReadBackFromItsPublicFormatIsStillConsistent() throws Exception {
        String json = CaravanJson.toJson(feasiblePlan()).replace("\"noCommonLanguage\" : 120.00", "\"noCommonLanguage\" : 120.0");

        CheckReport report = PlanChecker.check(dataset, CaravanJson.readPlan(json));

        assertThat(json).contains("\"noCommonLanguage\" : 120.0,");
        assertThat(report.inconsistencies()).isEmpty();
        assertThat(report.score().soft()).isEqualByComparingTo("-7082.49");
    }
}
