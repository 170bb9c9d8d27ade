package org.caravan.solver.explain;

import org.caravan.data.plan.PlanScore;

import java.util.List;

/** The score of a plan broken down by rule, each rule with the matches that make it up. */
public record Explanation(PlanScore score, List<RuleExplanation> rules) {
}
