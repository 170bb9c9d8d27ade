package org.caravan.benchmarks.bound;

import org.caravan.data.problem.CompiledParticipant;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.CompiledRoom;
import org.caravan.data.problem.TravelOption;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.SoftRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A bound that needs no search, valid for every feasible plan, for when CP-SAT proves none in time. Computed in exact
 * integer arithmetic.
 *
 * <p><b>Priority.</b> Each person has a least budget spend {@code spend(p)}: over their options and the rooms that
 * suit them, fare and visa fees, plus per night the tax and ⌊price / capacity⌋ − 1 cents, less than any exact share
 * can be (a payer with k of n ≤ capacity occupants pays round(price × k / n) ≥ k × price / capacity − ½). Any feasible
 * plan brings a set whose spends fit the budget, and each fund's members' spends fit the fund. Dropping every other
 * rule leaves knapsack problems whose fractional (LP) optimum, found exactly by ratio order, is at least the integer
 * one; so the brought priority is at most the smaller of (a) the knapsack over the total budget and (b) the sum of the
 * knapsacks of each fund's members over the fund, the general participants over the total, and the self-funded,
 * unbounded. Must-attend people are in every feasible plan and are taken first.
 *
 * <p><b>Money.</b> A room-night with k ≤ capacity occupants costs its price ≥ k × price / capacity, so a person's
 * least contribution {@code cost(p)} to money and penalties is, over their options and suitable rooms, the option's
 * own money and penalties plus ⌊nights × price / capacity⌋ and the taxes (plus the star-level penalty where that room
 * earns it). A plan that brings priority at least M costs at least the fractional min-cost cover of M by
 * {@code cost(p)}, must-attend people included; pair, delegation and shuttle penalties are non-negative and left out.
 */
public final class CombinatorialBound {

    private record Candidate(CompiledParticipant person, long spend, long cost) {
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private final long totalPriority;
    private final long maxBroughtPriority;

    public CombinatorialBound(CompiledProblem problem) {
        // Identical rooms give identical least spends and costs: one of each kind is enough.
        Map<String, CompiledRoom> kinds = new LinkedHashMap<>();
        problem.rooms().forEach(r -> kinds.putIfAbsent(r.kind(), r));
        long all = 0;
        for (CompiledParticipant person : problem.participants()) {
            all += person.priority();
            long spend = Long.MAX_VALUE;
            long cost = Long.MAX_VALUE;
            for (TravelOption option : person.cheapestFirst()) {
                if (!person.needsRoom() || option.nights().length == 0) {
                    boolean roomExists = !person.needsRoom()
                            || kinds.values().stream().anyMatch(r -> person.canUse(r));
                    if (roomExists) {
                        spend = Math.min(spend, option.personCents());
                        cost = Math.min(cost, option.ownCents());
                    }
                    continue;
                }
                for (CompiledRoom r : kinds.values()) {
                    if (!person.canUse(r) || !r.availableFor(option.stayMask())) {
                        continue;
                    }
                    long nights = option.nights().length;
                    long shareFloor = Math.max(0, r.priceCents() / r.capacity() - 1);
                    spend = Math.min(spend, option.personCents() + nights * (r.taxCents() + shareFloor));
                    long vip = person.participant().role().isDistinguished()
                            && r.belowVipStars() ? problem.weightCents(SoftRule.VIP_BELOW_STARS) : 0;
                    cost = Math.min(cost, option.ownCents() + nights * r.taxCents()
                            + nights * r.priceCents() / r.capacity() + vip);
                }
            }
            if (spend != Long.MAX_VALUE) {
                candidates.add(new Candidate(person, spend, cost));
            }
        }
        this.totalPriority = all;

        long overTotal = knapsack(candidates, problem.budgetCents(), c -> BudgetRule.countsInBudget(c.person().payer()));
        Map<String, List<Candidate>> byPayer = new HashMap<>();
        candidates.forEach(c -> byPayer.computeIfAbsent(c.person().payer(), k -> new ArrayList<>()).add(c));
        Map<String, Long> funds = problem.fundCents();
        long perPayer = 0;
        for (Map.Entry<String, List<Candidate>> payer : byPayer.entrySet()) {
            String key = payer.getKey();
            long limit = funds.containsKey(key) ? funds.get(key)
                    : BudgetRule.countsInBudget(key) ? problem.budgetCents() : Long.MAX_VALUE;
            perPayer += knapsack(payer.getValue(), limit, c -> true);
        }
        this.maxBroughtPriority = Math.min(overTotal, perPayer);
    }

    /**
     * Fractional knapsack, exact: the most priority a set can bring when the spends of the counted members fit the
     * limit (others are free), rounded down (priorities are integers).
     */
    private static long knapsack(List<Candidate> group, long limit, Predicate<Candidate> counted) {
        long value = 0;
        long left = limit;
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : group) {
            if (c.person().mustAttend() || !counted.test(c) || c.spend() == 0) {
                value += c.person().priority();
                if (counted.test(c)) {
                    left -= c.spend();
                }
            } else {
                rest.add(c);
            }
        }
        if (left < 0) {
            return value; // the must-attend alone overspend: no feasible plan, the bound is moot
        }
        // Best priority per cent first: a/b before c/d iff a*d > c*b.
        rest.sort((x, y) -> Long.compare((long) y.person().priority() * x.spend(), (long) x.person().priority() * y.spend()));
        for (Candidate c : rest) {
            if (c.spend() <= left) {
                value += c.person().priority();
                left -= c.spend();
            } else {
                value += c.person().priority() * left / c.spend(); // the fractional item, rounded down
                break;
            }
        }
        return value;
    }

    /** No feasible plan brings more priority than this. */
    public long maxBroughtPriority() {
        return maxBroughtPriority;
    }

    public long totalPriority() {
        return totalPriority;
    }

    /** An upper bound on score.medium: minus the priority that must be left out. */
    public long mediumScoreBound() {
        return -(totalPriority - maxBroughtPriority);
    }

    /**
     * No feasible plan that brings at least {@code targetPriority} costs less than this (money and penalties, cents):
     * the fractional min-cost cover, rounded down.
     */
    public long leastCostFor(long targetPriority) {
        long cost = 0;
        long needed = targetPriority;
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.person().mustAttend()) {
                cost += c.cost();
                needed -= c.person().priority();
            } else {
                rest.add(c);
            }
        }
        // Cheapest cost per priority point first: a/b before c/d iff a*d < c*b.
        rest.sort(Comparator.comparing(c -> c, (x, y) -> Long.compare(x.cost() * y.person().priority(),
                y.cost() * x.person().priority())));
        for (Candidate c : rest) {
            if (needed <= 0) {
                break;
            }
            if (c.person().priority() <= needed) {
                cost += c.cost();
                needed -= c.person().priority();
            } else {
                cost += c.cost() * needed / c.person().priority();
                needed = 0;
            }
        }
        return cost;
    }
}
