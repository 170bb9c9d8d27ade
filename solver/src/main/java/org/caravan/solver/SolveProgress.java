package org.caravan.solver;

import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A new best plan found while solving, with the figures a planner watches. {@code scoreCalculationSpeed} (score
 * calculations per second) is known on the final report only, and 0 before.
 */
public record SolveProgress(PlanScore score, boolean feasible, int brought, int participants, BigDecimal totalCost,
        Duration elapsed, Plan plan, boolean last, long scoreCalculationSpeed) {
}
