package org.caravan.solver.search;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.construction.GreedyPlacement;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.mapping.ProblemMapper;

import java.math.BigDecimal;
import java.util.List;

/** A generated event in the planning model with the engine's first plan, and the shipped rules to score it. */
final class SearchFixture {

    private static final SolutionManager<CaravanSolution, HardMediumSoftLongScore> RULES = SolutionManager.create(
            SolverFactory.create(SolverConfig.createFromXmlResource(PlanningEngine.DEFAULT_CONFIG)));

    private SearchFixture() {
    }

    static CaravanSolution firstPlan(int participants, long seed, double coverage) {
        return firstPlan(DatasetGenerator.generate(GeneratorOptions.of(participants, seed).withBudgetCoverage(coverage)));
    }

    /** The same with money no object: a budget and funds no plan can spend, so only rooms and seats limit the plan. */
    static CaravanSolution firstPlanWithoutMoneyLimits(int participants, long seed) {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(participants, seed));
        BigDecimal plenty = BigDecimal.valueOf(1_000_000_000L);
        List<Fund> funds = dataset.budget().funds().stream().map(fund -> new Fund(fund.id(), fund.name(), plenty)).toList();
        return firstPlan(dataset.withBudget(new Budget(plenty.multiply(BigDecimal.TEN), funds)));
    }

    private static CaravanSolution firstPlan(Dataset dataset) {
        CaravanSolution solution = ProblemMapper.map(DatasetValidator.valid(dataset)).solution();
        GreedyPlacement.place(solution);
        return solution;
    }

    static HardMediumSoftLongScore score(CaravanSolution solution) {
        return RULES.update(solution);
    }
}
