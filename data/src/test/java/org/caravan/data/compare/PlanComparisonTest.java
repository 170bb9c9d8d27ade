package org.caravan.data.compare;

import org.caravan.data.check.PlanChecker;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.scenario.ScenarioOverrides;
import org.caravan.data.validation.TinyDataset;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two plans of the tiny dataset: A brings all three, B leaves Awa Ouedraogo (p1, from Ouagadougou) at home. */
class PlanComparisonTest {

    private static final ValidDataset DATASET = TinyDataset.valid().validated();
    private static final List<LocalDate> NIGHTS = LocalDate.parse("2026-03-24").datesUntil(LocalDate.parse("2026-03-28")).toList();

    private static final Plan A = plan(
            new Assignment("p1", true, "it1", "h1-101", NIGHTS, false, false, null),
            new Assignment("p2", true, "it2", "h1-101", NIGHTS, false, false, null),
            new Assignment("p3", true, null, "h2-1", null, false, false, null));
    private static final Plan B = plan(
            Assignment.notBrought("p1", List.of()),
            new Assignment("p2", true, "it2", "h1-101", NIGHTS, false, false, null),
            new Assignment("p3", true, null, "h2-1", null, false, false, null));

    private static Plan plan(Assignment... assignments) {
        return new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, List.of(assignments), null, null);
    }

    private static PlanComparison compare() {
        return PlanComparison.of(List.of(new ComparedPlan("A", DATASET, A), new ComparedPlan("B", DATASET, B)));
    }

    @Test
    void namesWhoIsBroughtInOneAndNotTheOther() {
        PlanComparison comparison = compare();

        assertThat(comparison.brought()).singleElement().satisfies(difference -> {
            assertThat(difference.baseline()).isEqualTo("A");
            assertThat(difference.other()).isEqualTo("B");
            assertThat(difference.onlyInBaseline()).extracting(PlanComparison.Person::id, PlanComparison.Person::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("p1", "Awa Ouedraogo"));
            assertThat(difference.onlyInOther()).isEmpty();
        });
        assertThat(comparison.csv()).contains("\"brought in A, not in B\",p1,Awa Ouedraogo");
    }

    @Test
    void countsAndCostsComeFromTheChecker() {
        PlanComparison comparison = compare();
        PlanSide a = comparison.plans().get(0);
        PlanSide b = comparison.plans().get(1);

        assertThat(a.brought()).isEqualTo(3);
        assertThat(b.brought()).isEqualTo(2);
        assertThat(a.broughtByCountry()).containsEntry("BF", 1L).containsEntry("TN", 2L);
        assertThat(b.broughtByCountry()).doesNotContainKey("BF");
        assertThat(a.broughtByRole()).containsEntry("SPEAKER", 1L);
        assertThat(a.cost()).isEqualByComparingTo(PlanChecker.check(DATASET, A).costs().total());
        // p1 flies OUA-TUN-DJE and back: two connections; p2 flies direct.
        assertThat(a.comfort().stops()).isEqualTo(2);
        assertThat(b.comfort().stops()).isZero();
        assertThat(a.medium()).isEqualTo(0);
        assertThat(b.medium()).isEqualTo(-3);
    }

    @Test
    void costPerPersonIsTheMeanOfTheCheckersShares() {
        var report = PlanChecker.check(DATASET, A);
        BigDecimal sum = report.participantCosts().values().stream().map(cost -> cost.total())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        PlanStatistics statistics = compare().plans().get(0).statistics();

        assertThat(statistics.costPerPerson().count()).isEqualTo(3);
        assertThat(statistics.costPerPerson().mean()).isEqualByComparingTo(sum.divide(BigDecimal.valueOf(3), 2,
                java.math.RoundingMode.HALF_UP));
        // Only p1 and p2 fly; p3 is local.
        assertThat(statistics.travelHoursPerPerson().count()).isEqualTo(2);
        assertThat(statistics.costPerPersonByCountry()).containsOnlyKeys("BF", "TN");
    }

    @Test
    void rulesArePerPlan() {
        PlanComparison comparison = compare();

        assertThat(comparison.rules()).filteredOn(rule -> rule.rule().equals("perStop")).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.values().get(0)).isPositive();
                    assertThat(rule.values().get(1)).isZero();
                });
    }

    @Test
    void plansOfAScenarioCompareWithTheirOwnDataset() {
        ValidDataset withoutAwa = new ScenarioOverrides(null, null, null, null, null, null, null, null, List.of("p1"))
                .applyTo(DATASET);
        Plan c = new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, B.assignments().subList(1, 3), null, null);

        PlanComparison comparison = PlanComparison.of(List.of(new ComparedPlan("A", DATASET, A),
                new ComparedPlan("without p1", withoutAwa, c)));

        assertThat(comparison.plans().get(1).participants()).isEqualTo(2);
        assertThat(comparison.brought().get(0).onlyInBaseline()).extracting(PlanComparison.Person::id).containsExactly("p1");
    }

    @Test
    void onePlanIsNoComparison() {
        assertThatThrownBy(() -> PlanComparison.of(List.of(new ComparedPlan("A", DATASET, A))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
