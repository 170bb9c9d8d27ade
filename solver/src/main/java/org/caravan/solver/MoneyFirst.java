package org.caravan.solver;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.caravan.data.rules.SoftRule;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.SolvePolicy;

import java.time.Duration;

/**
 * The first stage of a solve: who comes, at the least money, before the planner's nuisances are priced in.
 * <p>
 * Bringing one more person usually needs money freed elsewhere: a cheaper itinerary for somebody, a fuller room. With
 * the nuisances priced in, each such saving alone often costs more in travel hours or connections than it saves, so a
 * local search refuses it and never reaches the plan that brings the extra person, although that plan is better by the
 * objective (people come before money and nuisances). Without them, savings are always steps up. The people brought
 * are worth the same in both stages (the medium level does not change), so the second stage, with every weight, keeps
 * them and spends the rest of the time on comfort. benchmarks/README.md has the measurements.
 * <p>
 * Disruption keeps its weight: it is about stability, not comfort, and a re-plan must not reshuffle people for free.
 */
final class MoneyFirst {

    /** Share of the time limit spent in the first stage when it is cut at a fixed share ({@code caravan.stages=fixed}). */
    static final double SHARE = 0.5;
    /** The most of the search time the first stage may take when it ends on stopping to improve. */
    static final double MOST = 0.85;
    /** It ends once this share of the search time brought nobody more (at least {@link #PATIENCE_AT_LEAST}). */
    static final double PATIENCE = 0.15;
    static final Duration PATIENCE_AT_LEAST = Duration.ofSeconds(2);

    /**
     * When the first stage ends, given the search time {@code left}: by default when it has brought nobody more for a
     * while (medium unimproved), at most {@link #MOST} of it; with {@code -Dcaravan.stages=fixed}, at half (the former
     * rule, kept for the A/B measurement of benchmarks/README.md).
     */
    static TerminationConfig termination(Duration left) {
        if ("fixed".equals(System.getProperty("caravan.stages"))) {
            return new TerminationConfig().withSpentLimit(Duration.ofMillis((long) (left.toMillis() * SHARE)));
        }
        Duration patience = Duration.ofMillis((long) (left.toMillis() * PATIENCE));
        if (patience.compareTo(PATIENCE_AT_LEAST) < 0) {
            patience = PATIENCE_AT_LEAST;
        }
        return new TerminationConfig().withSpentLimit(Duration.ofMillis((long) (left.toMillis() * MOST)))
                .withUnimprovedSpentLimit(patience).withUnimprovedScoreDifferenceThreshold("0hard/1medium/0soft");
    }

    private MoneyFirst() {
    }

    /** Worth a stage only when somebody who may come is left out: otherwise the people brought cannot improve. */
    static boolean worthwhile(CaravanSolution solution) {
        return solution.getParticipants().stream().anyMatch(participant -> !participant.isOutOfReach() && !participant.isBrought());
    }

    /** The policy of the first stage: money and disruption as the solve's policy says, every nuisance switched off. */
    static SolvePolicy policy(SolvePolicy policy) {
        SolvePolicy first = policy;
        for (SoftRule rule : SoftRule.values()) {
            if (rule != SoftRule.DISRUPTION) {
                first = first.withWeight(rule, 0);
            }
        }
        return first;
    }
}
