package org.caravan.solver.explain;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.caravan.data.plan.PlanScore;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A placement for one participant (itinerary and room, either null where it does not apply), with the plan's score
 * once placed and the difference it makes; the plan itself is not changed.
 *
 * @param notes in words: what stands in the way or which rule it breaks, what it brings, the flight and room, and
 *        what it costs in money and comfort
 */
public record Recommendation(@Nullable String itinerary, @Nullable String room, PlanScore score, PlanScore impact,
        List<String> notes) {

    public Recommendation {
        notes = List.copyOf(notes);
    }

    /** Whether the plan, with this placement, keeps every hard rule. */
    @JsonProperty
    public boolean feasible() {
        return score.hard() >= 0;
    }
}
