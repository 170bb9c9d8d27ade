package org.caravan.data.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.caravan.data.plan.Costs;
import org.caravan.data.plan.PlanScore;
import org.caravan.data.rules.HardRule;
import org.caravan.data.rules.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the {@link PlanChecker} recomputed from a dataset and a plan, independently of the solver.
 *
 * @param breaches every match of a hard rule, grouped by rule in {@link HardRule} order
 * @param score the recomputed score, in the plan's own type: hard is minus the sum of degree × weight over the
 *         breaches, medium minus the summed priority of participants not brought, soft minus (total cost + all
 *         penalties); written as {@code hardScore}, {@code mediumScore} and {@code softCents} in JSON
 * @param costs the recomputed costs; {@code byFund} lists the payers with at least one brought participant
 * @param penalties every soft rule's key, in {@code SoftRule} order, zero included
 * @param participantCosts per brought participant, in dataset order
 * @param roomCosts per room used, the price of its used room-nights (what the hotel bills), in dataset order
 * @param inconsistencies where the plan disagrees with the dataset or with this recomputation; empty when the
 *         plan says exactly what the checker finds
 * @param penaltyMatches every match of a soft rule, in the order the checker finds them, zero-cent ones left out (not part
 *         of the report's JSON: {@code penalties} has their totals)
 */
public record CheckReport(
        List<Breach> breaches,
        @JsonIgnore PlanScore score,
        Costs costs,
        Map<String, BigDecimal> penalties,
        Map<String, ParticipantCost> participantCosts,
        Map<String, BigDecimal> roomCosts,
        List<String> inconsistencies,
        @JsonIgnore List<Penalty> penaltyMatches) {

    public CheckReport {
        breaches = List.copyOf(breaches);
        inconsistencies = List.copyOf(inconsistencies);
        penaltyMatches = List.copyOf(penaltyMatches);
    }

    @JsonProperty
    public long hardScore() {
        return score.hard();
    }

    @JsonProperty
    public long mediumScore() {
        return score.medium();
    }

    /** The soft score in cents. */
    @JsonProperty
    public long softCents() {
        return Money.toCents(score.soft());
    }

    public boolean feasible() {
        return score.hard() == 0;
    }

    /** True when the plan's own statements (ids, nights, score, costs, penalties) match the recomputation. */
    public boolean consistent() {
        return inconsistencies.isEmpty();
    }

    public List<Breach> breaches(HardRule rule) {
        return breaches.stream().filter(breach -> breach.rule() == rule).toList();
    }

    /** One hard rule's figures in a check: how many breaches, and their summed degree. */
    public record RuleTally(String rule, int breaches, long degree) {
    }

    /** Every hard rule, in {@link HardRule} order, with its figures; a rule the plan keeps has zeros. */
    public List<RuleTally> tallies() {
        return java.util.Arrays.stream(HardRule.values())
                .map(rule -> new RuleTally(rule.name(), breaches(rule).size(), degree(rule))).toList();
    }

    /** The summed degree of one rule's breaches. */
    public long degree(HardRule rule) {
        return breaches(rule).stream().mapToLong(Breach::degree).sum();
    }

    /** A few lines for a command line or a log. */
    public String summary() {
        StringBuilder text = new StringBuilder()
                .append(feasible() ? "feasible" : "INFEASIBLE").append(", score ").append(score())
                .append(", total cost ").append(costs.total().toPlainString()).append('\n');
        breaches.forEach(breach -> text.append("  breach ").append(breach).append('\n'));
        inconsistencies.forEach(inconsistency -> text.append("  inconsistent: ").append(inconsistency).append('\n'));
        return text.toString();
    }
}
