package org.caravan.solver.explain;

import org.caravan.data.plan.PlanScore;
import org.jspecify.annotations.Nullable;

/**
 * An exchange that brings a participant no placement brings on its own: someone of lower priority left out, and the
 * participant placed on {@code itinerary} in {@code room}.
 *
 * @param leaveOut the participant to leave out (not booked, not a must-attend)
 * @param leaveOutName their name and id, as a planner reads them
 * @param score the plan's score after the exchange
 * @param impact the difference with the plan as it stands
 * @param description the exchange in a planner's words
 */
public record Swap(String leaveOut, String leaveOutName, int leaveOutPriority, @Nullable String itinerary,
        @Nullable String room, PlanScore score, PlanScore impact, String description) {
}
