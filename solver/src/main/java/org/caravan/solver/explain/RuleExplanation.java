package org.caravan.solver.explain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule's share of the score. {@code level} is HARD, MEDIUM or SOFT; {@code impact} is in the level's unit
 * (hard units, priority points, or money for SOFT) and is negative or zero.
 */
public record RuleExplanation(String rule, String level, BigDecimal impact, int matchCount, List<Justification> matches) {
}
