package org.caravan.data.check;

import org.caravan.data.rules.HardRule;
import org.caravan.data.rules.Money;
import org.caravan.data.plan.Costs;
import org.caravan.data.plan.PlanScore;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the {@link PlanChecker} recomputed from a dataset and a plan, independently of the solver.
 *
 * @param breaches every match of a hard rule, grouped by rule in {@link HardRule} order
 * @param hardScore minus the sum of degree × weight over the breaches
 * @param mediumScore minus the summed priority of participants not brought (a null priority counts as 1)
 * @param softCents minus (total cost + all penalties), in cents
 * @param costs the recomputed costs; {@code byFund} lists the payers with at least one brought participant
 * @param penalties every soft rule's key, in {@code SoftRule} order, zero included
 * @param participantCosts per brought participant, in dataset order
 * @param roomCosts per room used, the price of its used room-nights (what the hotel bills), in dataset order
 * @param inconsistencies where the plan disagrees with the dataset or with this recomputation; empty when the
 *         plan says exactly what the checker finds
 */
public record CheckReport(
        List<Breach> breaches,
        long hardScore,
        long mediumScore,
        long softCents,
        Costs costs,
        Map<String, BigDecimal> penalties,
        Map<String, ParticipantCost> participantCosts,
        Map<String, BigDecimal> roomCosts,
        List<String> inconsistencies) {

    public CheckReport {
        breaches = List.copyOf(breaches);
        inconsistencies = List.copyOf(inconsistencies);
    }

    public PlanScore score() {
        return new PlanScore(hardScore, mediumScore, Money.fromCents(softCents));
    }

    public boolean feasible() {
        return hardScore == 0;
    }

    /** True when the plan's own statements (ids, nights, score, costs, penalties) match the recomputation. */
    public boolean consistent() {
        return inconsistencies.isEmpty();
    }

    public List<Breach> breaches(HardRule rule) {
        return breaches.stream().filter(breach -> breach.rule() == rule).toList();
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
