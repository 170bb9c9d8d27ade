package org.caravan.solver.explain;

import org.caravan.data.text.WrittenLanguage;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule's share of the score. {@code level} is HARD, MEDIUM or SOFT; {@code impact} is in the level's unit
 * (hard units, priority points, or money for SOFT) and is negative or zero.
 */
public record RuleExplanation(String rule, String level, BigDecimal impact, int matchCount, List<Justification> matches) {

    /** The same share, its matches written in this language (the rule keeps its name). */
    public RuleExplanation in(WrittenLanguage language) {
        return new RuleExplanation(rule, level, impact, matchCount, matches.stream().map(match -> match.in(language)).toList());
    }
}
