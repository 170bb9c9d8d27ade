package org.caravan.solver.explain;

import org.caravan.data.plan.PlanScore;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A placement for one participant (itinerary and room, either null where it does not apply), with the plan's score
 * once placed and the difference it makes; the plan itself is not changed.
 */
public record Recommendation(@Nullable String itinerary, @Nullable String room, PlanScore score, PlanScore impact, List<String> notes) {
}
