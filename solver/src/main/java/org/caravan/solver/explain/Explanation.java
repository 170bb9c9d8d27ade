package org.caravan.solver.explain;

import org.caravan.data.plan.PlanScore;
import org.caravan.data.text.WrittenLanguage;

import java.util.List;

/** The score of a plan broken down by rule, each rule with the matches that make it up. */
public record Explanation(PlanScore score, List<RuleExplanation> rules) {

    /** The same breakdown, its matches written in this language. */
    public Explanation in(WrittenLanguage language) {
        return new Explanation(score, rules.stream().map(rule -> rule.in(language)).toList());
    }
}
