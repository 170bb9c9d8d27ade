package org.caravan.solver.explain;

import java.math.BigDecimal;
import java.util.List;

/** One match of a rule: the sentence a planner reads, the ids it concerns, and its impact in the rule's unit. */
public record Justification(String message, List<String> ids, BigDecimal impact) {
}
