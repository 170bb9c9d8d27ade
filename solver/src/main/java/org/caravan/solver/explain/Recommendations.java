package org.caravan.solver.explain;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The placements recommended for one participant, best first (feasible ones before any that breaks a hard rule),
 * and when none brings them as the plan stands, the best swap; the plan itself is not changed.
 *
 * @param feasible whether at least one scored placement keeps every hard rule
 * @param swap the best exchange with someone of lower priority, when no feasible placement brings the participant
 *        without losing priority; null when there is none or none is needed
 * @param evaluated how many placements (and swaps) were scored
 * @param candidates how many placements were worth scoring
 * @param cutShort whether the time budget (or the caller leaving) ended the search before every candidate was scored
 * @param summary what the planner should read first
 */
public record Recommendations(String participant, boolean feasible, List<Recommendation> options, @Nullable Swap swap,
        int evaluated, int candidates, boolean cutShort, String summary) {

    public Recommendations {
        options = List.copyOf(options);
    }
}
