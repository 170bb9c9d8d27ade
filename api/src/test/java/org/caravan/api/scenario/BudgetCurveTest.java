package org.caravan.api.scenario;

import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget curve with the real engine on a generated dataset short of money. */
class BudgetCurveTest {

    private static final ValidDataset DATASET = DatasetValidator.valid(
            DatasetGenerator.generate(GeneratorOptions.of(50, 11).withBudgetCoverage(0.6)));
    private static PlanningEngine engine;

    @BeforeAll
    static void engine() {
        engine = new PlanningEngine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aBiggerBudgetNeverBringsFewerPriorityPoints() {
        List<BigDecimal> levels = BudgetCurve.shares(DATASET.dataset().budget().total(), new BigDecimal("0.4"),
                new BigDecimal("1.6"), 4);
        List<Plan> plans = new ArrayList<>();
        List<BudgetCurve.Level> curve = BudgetCurve.run(engine, DATASET, levels, false, Duration.ofSeconds(1),
                new SolveControl(), (dataset, solved) -> {
                    assertThat(dataset.dataset().budget().total()).isEqualByComparingTo(solved.level().budget());
                    plans.add(solved.plan());
                });

        assertThat(curve).hasSize(4);
        assertThat(curve.get(0).priorityBrought()).as("the lowest level leaves people out")
                .isLessThan(curve.get(3).priorityBrought());
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).budget()).isGreaterThan(curve.get(i - 1).budget());
            assertThat(curve.get(i).priorityBrought()).isGreaterThanOrEqualTo(curve.get(i - 1).priorityBrought());
            assertThat(curve.get(i).medium()).isGreaterThanOrEqualTo(curve.get(i - 1).medium());
        }
        assertThat(curve.get(0).marginalCostPerPerson()).isNull();
        assertThat(BudgetCurve.csv(curve)).startsWith("budget,brought,medium,soft,cost");
        assertThat(BudgetCurve.svg(curve, "EUR")).contains("<polyline", "Budget (EUR)");
    }

    @Test
    void theThresholdBringsEveryoneOfThePriorityWithinItsPrecision() {
        BigDecimal budget = DATASET.dataset().budget().total();
        BigDecimal precision = budget.divide(BigDecimal.valueOf(8), 0, java.math.RoundingMode.UP);
        BudgetCurve.Threshold threshold = BudgetCurve.threshold(engine, DATASET, 5, BigDecimal.ZERO,
                budget.multiply(BigDecimal.valueOf(2)), precision, false, Duration.ofSeconds(1));

        assertThat(threshold.found()).isTrue();
        assertThat(threshold.precision()).isLessThanOrEqualTo(precision);
        assertThat(threshold.budget().subtract(threshold.lowestFailing())).isEqualByComparingTo(threshold.precision());
        ValidDataset at = BudgetCurve.atBudget(DATASET, threshold.budget(), false);
        Plan plan = engine.solve(at, org.caravan.solver.SolveOptions.forSeconds(1), progress -> { });
        assertThat(BudgetCurve.bringsEveryone(at, plan, 5)).as("a solve at the threshold brings them all").isTrue();
        assertThat(BudgetCurve.bringsEveryone(BudgetCurve.atBudget(DATASET, BigDecimal.ZERO, false),
                engine.solve(BudgetCurve.atBudget(DATASET, BigDecimal.ZERO, false),
                        org.caravan.solver.SolveOptions.forSeconds(1), progress -> { }), 5)).isFalse();
    }
}
