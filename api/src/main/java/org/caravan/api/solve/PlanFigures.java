package org.caravan.api.solve;

import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;
import org.caravan.solver.SolveProgress;

import java.math.BigDecimal;

/** The figures of a plan a planner watches, as stored on the plan row. */
record PlanFigures(Long hard, Long medium, BigDecimal soft, boolean feasible, int brought, BigDecimal totalCost) {

    static PlanFigures of(SolveProgress progress) {
        return of(progress.score(), progress.feasible(), progress.brought(), progress.totalCost());
    }

    static PlanFigures of(Plan plan) {
        int brought = (int) plan.assignments().stream().filter(Assignment::brought).count();
        return of(plan.score(), plan.feasible(), brought, plan.costs() == null ? null : plan.costs().total());
    }

    private static PlanFigures of(PlanScore score, boolean feasible, int brought, BigDecimal totalCost) {
        return score == null
                ? new PlanFigures(null, null, null, feasible, brought, totalCost)
                : new PlanFigures(score.hard(), score.medium(), score.soft(), feasible, brought, totalCost);
    }
}
