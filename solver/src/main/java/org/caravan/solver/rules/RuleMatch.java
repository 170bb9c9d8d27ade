package org.caravan.solver.rules;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import java.util.List;

/** One match of a rule: the ids it concerns (participants, room, night, segment, fund) and the planner's sentence. */
public record RuleMatch(List<String> ids, String message) implements ConstraintJustification {

    public static RuleMatch of(String message, String... ids) {
        return new RuleMatch(List.of(ids), message);
    }
}
