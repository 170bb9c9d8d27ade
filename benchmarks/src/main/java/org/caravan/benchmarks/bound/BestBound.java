package org.caravan.benchmarks.bound;

import com.google.ortools.sat.CpSolverStatus;

/**
 * The best bound known for a dataset, on the plan's lexicographic score: no feasible plan has a higher
 * {@code score.medium} than {@code mediumScore}, and none with exactly that medium score costs less than
 * {@code leastCents} (money plus penalties, so its {@code score.soft} is at most {@code -leastCents / 100}).
 *
 * @param source which bounds contributed: {@code cp-sat} (proven on the relaxation), {@code knapsack}, or both
 * @param provenOptimal CP-SAT proved the relaxation optimal (its bound is then the relaxation's optimum)
 */
public record BestBound(long mediumScore, long leastCents, String source, boolean provenOptimal, boolean noFeasiblePlan) {

    /**
     * Combines the knapsack bound with CP-SAT's bound B on the relaxation (null when it was not run). With weight W,
     * every plan leaves out at least floor(B / W) of the modelled people's priority, plus everyone outside the model;
     * one that leaves out exactly that costs at least B − W × floor(B / W). The tighter medium bound wins; the money
     * bound is the larger of those that apply at that medium.
     */
    public static BestBound of(CombinatorialBound knapsack, CpSatRelaxation relaxation, CpSatRelaxation.Proof outcome) {
        long medium = knapsack.mediumScoreBound();
        long target = knapsack.totalPriority() + medium;
        if (outcome == null || relaxation == null || Double.isNaN(outcome.bound())) {
            return new BestBound(medium, knapsack.leastCostFor(target), "knapsack", false, false);
        }
        if (outcome.status() == CpSolverStatus.INFEASIBLE) {
            return new BestBound(medium, knapsack.leastCostFor(target), "cp-sat: no feasible plan", true, true);
        }
        long b = (long) Math.floor(outcome.bound());
        long weight = relaxation.priorityWeight();
        long leftOut = Math.floorDiv(b, weight);
        long cpMedium = -(leftOut + relaxation.unbringablePriority());
        long cpLeast = b - weight * leftOut;
        boolean proven = outcome.status() == CpSolverStatus.OPTIMAL;
        if (cpMedium < medium) {
            long least = Math.max(cpLeast, knapsack.leastCostFor(knapsack.totalPriority() + cpMedium));
            return new BestBound(cpMedium, least, "cp-sat", proven, false);
        }
        long least = knapsack.leastCostFor(target);
        if (cpMedium == medium) {
            return new BestBound(medium, Math.max(least, cpLeast), cpLeast >= least ? "cp-sat" : "knapsack+cp-sat",
                    proven, false);
        }
        return new BestBound(medium, least, "knapsack", false, false);
    }
}
