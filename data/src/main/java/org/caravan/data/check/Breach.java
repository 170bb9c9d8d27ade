package org.caravan.data.check;

import org.caravan.data.rules.HardRule;

import java.util.List;

/**
 * One match of a hard rule found by the {@link PlanChecker}: how big it is (in the rule's unit, see
 * {@link HardRule#unit()}), the planner's sentence, and the ids it concerns (participants, room, night, segment,
 * fund, payers).
 */
public record Breach(HardRule rule, long degree, String message, List<String> ids) {

    public Breach {
        ids = List.copyOf(ids);
    }

    /** What this breach costs in the hard score, a positive number. */
    public long weightedDegree() {
        return degree * rule.weight();
    }

    @Override
    public String toString() {
        return rule + " (" + degree + "): " + message;
    }
}
