package org.caravan.benchmarks.bound;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.caravan.data.problem.CompiledParticipant;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.CompiledRoom;
import org.caravan.data.problem.NightAxis;
import org.caravan.data.problem.TravelOption;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.SoftRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The knapsack bound of {@link CombinatorialBound} strengthened by the rules it ignores that stay linear per option,
 * solved as a linear programme (OR-Tools GLOP), for datasets too big for {@link CpSatRelaxation}.
 *
 * <p>Variables {@code x[p,o,k]} ∈ [0, 1]: p comes with option o and sleeps in a room of kind k (identical rooms).
 * Constraints, each satisfied by every feasible plan (x = 1 for the chosen option and the kind of the chosen room):
 * Σ x[p,·,·] ≤ 1 (= 1 for must-attend); seat limits per segment; beds of each kind on each night (a single-room need
 * takes a whole room); budget and funds with each column's least spend (fare, visas, and per night the tax and
 * ⌊price / capacity⌋ − 1 cents, below any exact share). Maximising Σ priority × x bounds the priority any plan brings;
 * minimising Σ least cost × x (own money and penalties, taxes, ⌊nights × price / capacity⌋ since a room-night costs
 * its price ≥ occupants × price / capacity, star level) subject to bringing at least a priority M bounds the money of a
 * plan that brings M. On datasets with more than {@value #KIND_COLUMNS_LIMIT} such columns, the kind is dropped: each
 * option takes its cheapest suitable kind, and beds are counted per night over all rooms (and over accessible ones for
 * accessibility needs).
 *
 * <p>GLOP works in floating point: its optimum is read with a safety margin of 10⁻⁶ relative (and one cent on money),
 * far above its tolerances, so the integer bounds stay on the safe side.
 */
public final class LpBound {

    static {
        Loader.loadNativeLibraries();
    }

    private static final double MARGIN = 1e-6;

    /** p comes with option o, in a room of kind {@code kind} (null: no room needed, or kinds not distinguished). */
    private record Column(CompiledParticipant person, TravelOption option, CompiledRoom kind, long spend, long cost) {
    }

    /** Above this many person × option × kind columns, rooms are only counted as beds per night. */
    static final long KIND_COLUMNS_LIMIT = 2_000_000;

    private final CompiledProblem problem;
    private final List<Column> columns = new ArrayList<>();
    private final long totalPriority;
    private final long maxBroughtPriority;
    private final Map<String, Integer> roomsOfKind = new HashMap<>();
    /** Whether columns name a kind of room (small enough datasets), so that beds are counted per kind and night. */
    private final boolean byKind;

    public LpBound(CompiledProblem problem) {
        this.problem = problem;
        Map<String, CompiledRoom> kinds = new LinkedHashMap<>();
        problem.rooms().forEach(r -> kinds.putIfAbsent(r.kind(), r));
        for (CompiledRoom r : problem.rooms()) {
            roomsOfKind.merge(r.kind(), 1, Integer::sum);
        }
        long options = problem.participants().stream().mapToLong(p -> p.cheapestFirst().size()).sum();
        this.byKind = options * kinds.size() <= KIND_COLUMNS_LIMIT;
        long all = 0;
        for (CompiledParticipant person : problem.participants()) {
            all += person.priority();
            for (TravelOption option : person.cheapestFirst()) {
                if (!person.needsRoom() || option.nights().length == 0) {
                    columns.add(new Column(person, option, null, option.personCents(), option.ownCents()));
                    continue;
                }
                long spend = Long.MAX_VALUE;
                long cost = Long.MAX_VALUE;
                long nights = option.nights().length;
                for (CompiledRoom r : kinds.values()) {
                    if (!person.canUse(r) || !r.availableFor(option.stayMask())) {
                        continue;
                    }
                    long kindSpend = option.personCents()
                            + nights * (r.taxCents() + Math.max(0, r.priceCents() / r.capacity() - 1));
                    long vip = person.participant().role().isDistinguished()
                            && r.belowVipStars() ? problem.weightCents(SoftRule.VIP_BELOW_STARS) : 0;
                    long kindCost = option.ownCents() + nights * r.taxCents() + nights * r.priceCents() / r.capacity() + vip;
                    if (byKind) {
                        columns.add(new Column(person, option, r, kindSpend, kindCost));
                    }
                    spend = Math.min(spend, kindSpend);
                    cost = Math.min(cost, kindCost);
                }
                if (!byKind && spend != Long.MAX_VALUE) {
                    columns.add(new Column(person, option, null, spend, cost));
                }
            }
        }
        this.totalPriority = all;
        double best = solve(true, 0);
        this.maxBroughtPriority = Double.isNaN(best) ? all : (long) Math.floor(best * (1 + MARGIN) + MARGIN);
    }

    public long totalPriority() {
        return totalPriority;
    }

    public long mediumScoreBound() {
        return -(totalPriority - Math.min(totalPriority, maxBroughtPriority));
    }

    /** No feasible plan bringing at least this priority costs less (money and penalties, cents). */
    public long leastCostFor(long targetPriority) {
        double least = solve(false, targetPriority);
        return Double.isNaN(least) ? 0 : Math.max(0, (long) Math.floor(least * (1 - MARGIN) - 1));
    }

    /** The LP optimum, or NaN when GLOP did not prove one (the caller then falls back to no bound). */
    private double solve(boolean maximisePriority, long targetPriority) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        Map<Integer, List<MPVariable>> byPerson = new LinkedHashMap<>();
        Map<Integer, MPConstraint> seats = new HashMap<>();
        Map<Integer, MPConstraint> beds = new HashMap<>();
        Map<Integer, MPConstraint> accessibleBeds = new HashMap<>();
        Map<String, MPConstraint> kindBeds = new HashMap<>();
        Map<String, MPConstraint> funds = new HashMap<>();
        problem.fundCents().forEach((fund, amount) -> funds.put(fund, solver.makeConstraint(-MPSolver.infinity(), amount)));
        long total = problem.budgetCents();
        MPConstraint budget = solver.makeConstraint(-MPSolver.infinity(), total);
        MPConstraint priority = solver.makeConstraint(maximisePriority ? -MPSolver.infinity() : targetPriority, MPSolver.infinity());
        MPObjective objective = solver.objective();
        int[] bedsPerNight = new int[problem.nights().size()];
        int[] accessiblePerNight = new int[problem.nights().size()];
        for (CompiledRoom r : problem.rooms()) {
            for (int n : NightAxis.indexes(r.availableMask())) {
                bedsPerNight[n] += r.capacity();
                if (r.accessible()) {
                    accessiblePerNight[n] += r.capacity();
                }
            }
        }
        for (Column c : columns) {
            MPVariable x = solver.makeNumVar(0, 1, "");
            byPerson.computeIfAbsent(c.person().index(), k -> new ArrayList<>()).add(x);
            priority.setCoefficient(x, c.person().priority());
            objective.setCoefficient(x, maximisePriority ? c.person().priority() : c.cost());
            if (BudgetRule.countsInBudget(c.person().payer())) {
                budget.setCoefficient(x, c.spend());
                MPConstraint fund = funds.get(c.person().payer());
                if (fund != null) {
                    fund.setCoefficient(x, c.spend());
                }
            }
            for (int s : c.option().segments()) {
                if (problem.seatLimit(s) != Integer.MAX_VALUE) {
                    seats.computeIfAbsent(s, k -> solver.makeConstraint(-MPSolver.infinity(), problem.seatLimit(k)))
                            .setCoefficient(x, 1);
                }
            }
            if (c.kind() != null) {
                // Beds of this kind on each night of the stay; a single-room need takes the whole room.
                int weight = c.person().participant().needs().singleRoom() ? c.kind().capacity() : 1;
                int bedsOfKind = roomsOfKind.get(c.kind().kind()) * c.kind().capacity();
                for (int n : c.option().nights()) {
                    kindBeds.computeIfAbsent(c.kind().kind() + "#" + n,
                            k -> solver.makeConstraint(-MPSolver.infinity(), bedsOfKind)).setCoefficient(x, weight);
                }
            } else if (c.person().needsRoom()) {
                for (int n : c.option().nights()) {
                    beds.computeIfAbsent(n, k -> solver.makeConstraint(-MPSolver.infinity(), bedsPerNight[k]))
                            .setCoefficient(x, 1);
                    if (c.person().participant().needs().accessibleRoom()) {
                        accessibleBeds.computeIfAbsent(n, k -> solver.makeConstraint(-MPSolver.infinity(), accessiblePerNight[k]))
                                .setCoefficient(x, 1);
                    }
                }
            }
        }
        for (CompiledParticipant person : problem.participants()) {
            List<MPVariable> options = byPerson.get(person.index());
            if (options == null) {
                continue;
            }
            MPConstraint one = solver.makeConstraint(person.mustAttend() ? 1 : 0, 1);
            options.forEach(x -> one.setCoefficient(x, 1));
        }
        if (maximisePriority) {
            objective.setMaximization();
        } else {
            objective.setMinimization();
        }
        MPSolver.ResultStatus status = solver.solve();
        double value = status == MPSolver.ResultStatus.OPTIMAL ? objective.value() : Double.NaN;
        solver.delete();
        return value;
    }
}
