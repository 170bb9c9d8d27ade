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
     * Combines the knapsack bound, the LP bound (null when not computed) and CP-SAT's bound B on the relaxation (null
     * when not run). With weight W, every plan leaves out at least floor(B / W) of the modelled people's priority, plus
     * everyone outside the model; one that leaves out exactly that costs at least B − W × floor(B / W). The tightest
     * medium bound wins; the money bound is the largest of those that apply at that medium.
     */
    public static BestBound of(CombinatorialBound knapsack, LpBound lp, CpSatRelaxation relaxation,
            CpSatRelaxation.Proof outcome) {
        long total = knapsack.totalPriority();
        long medium = knapsack.mediumScoreBound();
        String source = "knapsack";
        if (lp != null && lp.mediumScoreBound() < medium) {
            medium = lp.mediumScoreBound();
            source = "lp";
        }
        boolean proven = false;
        Long cpLeast = null;
        if (outcome != null && relaxation != null) {
            if (outcome.status() == CpSolverStatus.INFEASIBLE) {
                return new BestBound(medium, 0, "cp-sat: no feasible plan", true, true);
            }
            long b = (long) Math.floor(outcome.bound());
            long weight = relaxation.priorityWeight();
            long leftOut = Math.floorDiv(b, weight);
            long cpMedium = -(leftOut + relaxation.unbringablePriority());
            if (cpMedium < medium) {
                medium = cpMedium;
                source = "cp-sat";
            }
            if (cpMedium == medium) {
                cpLeast = b - weight * leftOut;
                proven = outcome.status() == CpSolverStatus.OPTIMAL;
            }
        }
        long target = total + medium;
        long least = knapsack.leastCostFor(target);
        String moneySource = "knapsack";
        if (lp != null) {
            long lpLeast = lp.leastCostFor(target);
            if (lpLeast > least) {
                least = lpLeast;
                moneySource = "lp";
            }
        }
        if (cpLeast != null && cpLeast >= least) {
            least = cpLeast;
            moneySource = "cp-sat";
        }
        return new BestBound(medium, least, source.equals(moneySource) ? source : source + "+" + moneySource, proven,
                false);
    }
}
