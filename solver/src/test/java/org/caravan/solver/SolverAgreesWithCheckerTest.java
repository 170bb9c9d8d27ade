package org.caravan.solver;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.caravan.data.changes.LateChanges;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.generate.LateChangeGenerator;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solver's score, costs and penalties must equal the independent checker's to the cent, on the final plan and
 * on every plan reported while solving: a corrupted incremental score shows up here.
 */
class SolverAgreesWithCheckerTest {

    @ParameterizedTest(name = "{0} participants, seed {1}, coverage {2}")
    @CsvSource({"50, 1, 0.85", "50, 2, 0.6", "300, 3, 0.7", "900, 4, 0.85"})
    void planMatchesTheChecker(int participants, long seed, double coverage) {
        ValidDataset dataset = DatasetValidator.valid(
                DatasetGenerator.generate(GeneratorOptions.of(participants, seed).withBudgetCoverage(coverage)));
        List<Plan> reported = new ArrayList<>();
        Plan plan;
        try (PlanningEngine engine = new PlanningEngine()) {
            plan = engine.solve(dataset, new SolveOptions(Duration.ofSeconds(3), null, false, null, Duration.ZERO),
                    progress -> reported.add(progress.plan()));
        }
        assertThat(reported).hasSizeGreaterThanOrEqualTo(2);
        for (Plan each : List.of(reported.get(0), reported.get(reported.size() / 2), plan)) {
            CheckReport report = PlanChecker.check(dataset, each);
            assertThat(report.inconsistencies()).as("plan against the checker").isEmpty();
            assertThat(each.score()).isEqualTo(report.score());
            assertThat(each.costs()).isEqualTo(report.costs());
            assertThat(each.penalties()).isEqualTo(report.penalties());
        }
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.assignments()).hasSize(participants);
    }

    @ParameterizedTest(name = "{0} participants in FULL_ASSERT")
    @CsvSource({"50, 11", "60, 12"})
    void incrementalScoreIsNeverCorrupted(int participants, long seed) {
        ValidDataset dataset = DatasetValidator.valid(
                DatasetGenerator.generate(GeneratorOptions.of(participants, seed).withBudgetCoverage(0.7)));
        try (PlanningEngine engine = PlanningEngine.withConfig(PlanningEngine.DEFAULT_CONFIG, EnvironmentMode.FULL_ASSERT)) {
            Plan plan = engine.solve(dataset, SolveOptions.forSeconds(3), progress -> { });
            assertThat(PlanChecker.check(dataset, plan).score()).isEqualTo(plan.score());
        }
    }

    /**
     * A re-plan after late changes, half the plan booked at actual prices, with money already spent (cancelled booked
     * people, sunk costs) and a fund cut: the disruption, the actual prices and the money spent are counted alike.
     */
    @ParameterizedTest(name = "re-plan in {0}")
    @CsvSource({"REPRODUCIBLE", "FULL_ASSERT"})
    void replanAtActualPricesWithMoneySpentMatchesTheChecker(EnvironmentMode mode) {
        ValidDataset dataset = DatasetValidator.valid(
                DatasetGenerator.generate(GeneratorOptions.of(60, 21).withBudgetCoverage(0.8)));
        try (PlanningEngine engine = PlanningEngine.withConfig(PlanningEngine.DEFAULT_CONFIG, mode)) {
            Plan published = engine.solve(dataset, SolveOptions.forSeconds(1), progress -> { });
            LateChanges.Applied applied = LateChanges.apply(dataset, published, LateChangeGenerator.document(
                    LateChangeGenerator.bookHalf(dataset, published, 3),
                    LateChangeGenerator.changes(LateChangeGenerator.Scenario.FIVE_CANCELLATIONS_THREE_REGISTRATIONS, dataset, published, 3),
                    LateChangeGenerator.changes(LateChangeGenerator.Scenario.FUND_CUT, dataset, published, 3)));
            assertThat(applied.dataset().dataset().budget().spent()).as("money spent on cancelled people").isNotEmpty();
            assertThat(applied.plan().assignments()).anySatisfy(a -> assertThat(a.ticketPrice()).isNotNull());

            List<Plan> reported = new ArrayList<>();
            Plan plan = engine.solve(applied.dataset(), new SolveOptions(Duration.ofSeconds(2), applied.plan(), true, null,
                    Duration.ZERO), progress -> reported.add(progress.plan()));
            for (Plan each : List.of(reported.get(0), reported.get(reported.size() / 2), plan)) {
                CheckReport report = PlanChecker.check(applied.dataset(), each, applied.plan());
                assertThat(report.inconsistencies()).as("re-plan against the checker").isEmpty();
                assertThat(each.score()).isEqualTo(report.score());
                assertThat(each.costs()).isEqualTo(report.costs());
                assertThat(each.penalties()).isEqualTo(report.penalties());
            }
            assertThat(plan.costs().spent()).isPositive();
        }
    }
}
