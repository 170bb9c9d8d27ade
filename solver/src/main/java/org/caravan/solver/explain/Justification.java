package org.caravan.solver.explain;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import java.math.BigDecimal;
import java.util.List;

/**
 * One match of a rule: the sentence a planner reads, the ids it concerns (participants, room, night, segment, fund) and
 * its impact in the rule's unit (hard units, priority points, or money for soft rules), negative or zero. The rules
 * justify every match with it, and explanations hand it on as it is.
 */
public record Justification(String message, List<String> ids, BigDecimal impact) implements ConstraintJustification {

    public Justification {
        ids = List.copyOf(ids);
    }
}
