package org.caravan.benchmarks;

import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;

import java.util.List;

/**
 * Every contender's decisions become a plan through the same independent checker, so scores, costs and penalties are
 * the checker's, not the contender's own idea of them.
 */
public final class Referee {

    private Referee() {
    }

    /** A caravan-plan/1 plan for these decisions, with the score, costs and penalties the checker computes. */
    public static Plan plan(ValidDataset dataset, List<Assignment> assignments) {
        String event = dataset.dataset().event().name();
        Plan draft = new Plan(Plan.FORMAT, event, 1, null, false, assignments, null, null);
        CheckReport report = PlanChecker.check(dataset, draft);
        return new Plan(Plan.FORMAT, event, 1, report.score(), report.feasible(), assignments, report.costs(),
                report.penalties());
    }

    public static CheckReport judge(ValidDataset dataset, Plan plan) {
        return PlanChecker.check(dataset, plan);
    }
}
