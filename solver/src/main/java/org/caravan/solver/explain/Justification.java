package org.caravan.solver.explain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One match of a rule: the sentence a planner reads, the ids it concerns (participants, room, night, segment, fund) and
 * its impact in the rule's unit (hard units, priority points, or money for soft rules), negative or zero: a match the
 * independent checker finds, as an explanation hands it on.
 */
public record Justification(String message, List<String> ids, BigDecimal impact) {

    public Justification {
        ids = List.copyOf(ids);
    }
}
