package org.caravan.data.check;

import org.caravan.data.rules.SoftRule;

import java.util.List;

/**
 * One match of a soft rule found by the {@link PlanChecker}: what it costs in cents (units times the policy's weight,
 * or the travel hours' cents), the planner's sentence, and the ids it concerns (participants, room, delegation,
 * itinerary, shuttle slot).
 */
public record Penalty(SoftRule rule, long cents, String message, List<String> ids) {

    public Penalty {
        ids = List.copyOf(ids);
    }

    @Override
    public String toString() {
        return rule + " (" + cents + " cents): " + message;
    }
}
