package org.caravan.benchmarks.bound;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Participant;
import org.caravan.data.problem.CompiledParticipant;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.CompiledRoom;
import org.caravan.data.problem.TravelOption;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.SoftRule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The former form of {@link LpBound}, kept as the tests' oracle: one column per class, option, kind of room and sharing
 * group, which grows as their product (2.5 million columns at 2,000 participants). {@link LpBound} must find the same
 * LP optimum with travel and lodging in separate columns.
 *
 * <p>The linear relaxation of the problem aggregated over classes of identical participants, with kinds of rooms
 * (identical rooms), per-night room counts per sharing group, seats, budget and funds; solved by GLOP (the LP), or with
 * integer room counts by SCIP (the MIP, whose proven dual bound after a time limit is still valid).
 *
 * <p><b>Classes.</b> Two participants are in one class when every row below treats them alike: same payer, priority,
 * must-attend, lodging need, single-room and accessibility needs, distinguished role (star-level penalty), household,
 * gender, sharing groups and the same list of options (itinerary, nights and visa fees). A plan maps onto the model by
 * counting, for each class, option, kind of room and sharing group, how many of its members it brings that way.
 *
 * <p><b>Variables.</b> {@code y[c,o,k,g]} ∈ [0, |c|]: members of class c brought with option o in a room of kind k
 * used by sharing group g (no k, g without lodging); {@code r[k,n,g]} ≥ 0: rooms of kind k used by group g on night n.
 *
 * <p><b>Sharing groups</b> (hard rule 3): every occupied room-night of a feasible plan belongs to one group all of its
 * occupants may use: {@code F} or {@code M} (one gender, people outside households or not), {@code H:h} (a household
 * of mixed genders: any room with both F and M and no X holds one household only, since every F–M pair must be of the
 * same household), {@code O} (any room with an X person: X people, people with a mutual request to an X person, and
 * members of a household that has an X person).
 *
 * <p><b>Rows</b>, each satisfied by the counts of every feasible plan: Σ y[c,·] ≤ |c| (= |c| for must-attend);
 * seats per segment; per room kind k, night n and group g, Σ w × y ≤ capacity × r[k,n,g] with w = capacity for a
 * single-room need (it takes the whole room) and 1 otherwise; per kind and night Σ_g r[k,n,g] ≤ rooms of kind k
 * available that night; budget and funds with each column's least spend (fare, visas, and per night the tax and
 * ⌊price / capacity⌋ − 1 cents, below any exact share: a payer with k of n ≤ capacity occupants pays
 * round(price × k / n) ≥ k × price / capacity − ½). Maximising Σ priority × y bounds the priority any plan brings;
 * minimising Σ least cost × y (own money and penalties, taxes, ⌊nights × price / capacity⌋ since a room-night costs
 * its price ≥ occupants × price / capacity, star level) subject to bringing at least a priority M bounds the money.
 * The LP of identical participants is exactly the per-person LP (any per-person solution averages into the classes),
 * so aggregation loses nothing; the group rows only bite with integer room counts r (the MIP: a room is used by one
 * group or not at all, so a lone man in a kind of double rooms takes a whole room; above
 * {@value #INTEGER_COLUMNS_LIMIT} columns y stays continuous, which relaxes the MIP further and keeps it small:
 * kinds × nights × groups integers; below, y is integer too and the MIP sees whole people).
 *
 * <p>GLOP and SCIP work in floating point: optima and dual bounds are read with a safety margin of 10⁻⁶ relative (and
 * one cent on money), far above their tolerances, so the integer bounds stay on the safe side.
 */
final class ClassLpBound {

    static {
        Loader.loadNativeLibraries();
    }

    private static final double MARGIN = 1e-6;

    /** Up to this many columns the MIP counts people in integers too (small events: it then sees whole people). */
    static final int INTEGER_COLUMNS_LIMIT = 20_000;

    /** Members of a class are interchangeable for every row of the model. */
    private record Group(CompiledParticipant representative, int count, Set<String> sharing) {
    }

    /** {@code count} members of a class with option o, in a room of kind {@code kind} used by {@code sharing}. */
    private record Column(int cls, TravelOption option, CompiledRoom kind, String sharing, long spend, long cost) {
    }

    private final CompiledProblem problem;
    private final List<Group> classes = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Integer> roomsOfKind = new HashMap<>();
    private final long totalPriority;
    private long maxBroughtPriority;
    private final long buildMillis;
    private long lpMillis;

    ClassLpBound(CompiledProblem problem) {
        long begin = System.nanoTime();
        this.problem = problem;
        Map<String, CompiledRoom> kinds = new LinkedHashMap<>();
        problem.rooms().forEach(r -> kinds.putIfAbsent(r.kind(), r));
        problem.rooms().forEach(r -> roomsOfKind.merge(r.kind(), 1, Integer::sum));
        Set<String> householdsWithX = new java.util.HashSet<>();
        Map<String, Set<Gender>> householdGenders = new HashMap<>();
        for (CompiledParticipant p : problem.participants()) {
            Participant data = p.participant();
            if (data.household() != null) {
                householdGenders.computeIfAbsent(data.household(), k -> new java.util.HashSet<>()).add(data.gender());
                if (data.gender() == Gender.X) {
                    householdsWithX.add(data.household());
                }
            }
        }
        Map<String, Integer> classIndex = new LinkedHashMap<>();
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, CompiledParticipant> representatives = new HashMap<>();
        Map<Integer, Set<String>> sharingOf = new HashMap<>();
        long all = 0;
        for (CompiledParticipant person : problem.participants()) {
            all += person.priority();
            if (!person.bringable()) {
                continue;
            }
            Set<String> sharing = sharingGroups(person, problem, householdsWithX, householdGenders);
            String key = classKey(person, sharing);
            int index = classIndex.computeIfAbsent(key, k -> classIndex.size());
            counts.merge(index, 1, Integer::sum);
            representatives.putIfAbsent(index, person);
            sharingOf.putIfAbsent(index, sharing);
        }
        for (int i = 0; i < classIndex.size(); i++) {
            classes.add(new Group(representatives.get(i), counts.get(i), sharingOf.get(i)));
        }
        this.totalPriority = all;
        for (int c = 0; c < classes.size(); c++) {
            CompiledParticipant person = classes.get(c).representative();
            for (TravelOption option : person.cheapestFirst()) {
                if (!person.needsRoom() || option.nights().length == 0) {
                    if (!person.needsRoom() || kinds.values().stream().anyMatch(person::canUse)) {
                        columns.add(new Column(c, option, null, null, option.personCents(), option.ownCents()));
                    }
                    continue;
                }
                long nights = option.nights().length;
                for (CompiledRoom r : kinds.values()) {
                    if (!person.canUse(r) || !r.availableFor(option.stayMask())) {
                        continue;
                    }
                    long spend = option.personCents()
                            + nights * (r.taxCents() + Math.max(0, r.priceCents() / r.capacity() - 1));
                    long vip = person.participant().role().isDistinguished()
                            && r.belowVipStars() ? problem.weightCents(SoftRule.VIP_BELOW_STARS) : 0;
                    long cost = option.ownCents() + nights * r.taxCents() + nights * r.priceCents() / r.capacity() + vip;
                    for (String g : classes.get(c).sharing()) {
                        columns.add(new Column(c, option, r, g, spend, cost));
                    }
                }
            }
        }
        this.buildMillis = (System.nanoTime() - begin) / 1_000_000;
        long lpBegin = System.nanoTime();
        double best = solve(true, 0, false, null).value();
        this.lpMillis = (System.nanoTime() - lpBegin) / 1_000_000;
        this.maxBroughtPriority = Double.isNaN(best) ? all : (long) Math.floor(best * (1 + MARGIN) + MARGIN);
    }

    /** The sharing groups a person may sleep in (see the class comment). */
    private static Set<String> sharingGroups(CompiledParticipant person, CompiledProblem problem,
            Set<String> householdsWithX, Map<String, Set<Gender>> householdGenders) {
        Participant data = person.participant();
        Set<String> groups = new LinkedHashSet<>();
        if (data.gender() != Gender.X) {
            groups.add(data.gender().name());
        }
        if (data.household() != null && householdGenders.get(data.household()).size() > 1) {
            groups.add("H:" + data.household());
        }
        boolean withX = data.gender() == Gender.X || (data.household() != null && householdsWithX.contains(data.household()))
                || person.mutualRequests().stream().map(problem::participant)
                        .anyMatch(other -> other != null && other.participant().gender() == Gender.X);
        if (withX) {
            groups.add("O");
        }
        return groups;
    }

    private static String classKey(CompiledParticipant person, Set<String> sharing) {
        Participant data = person.participant();
        StringBuilder key = new StringBuilder().append(person.payer()).append('|').append(person.priority()).append('|')
                .append(person.mustAttend()).append('|').append(person.needsRoom()).append('|')
                .append(data.needs().singleRoom()).append('|').append(data.needs().accessibleRoom()).append('|')
                .append(data.role().isDistinguished()).append('|').append(sharing);
        for (TravelOption option : person.cheapestFirst()) {
            key.append('|').append(option.itinerary() == null ? -1 : option.itinerary().index()).append(':')
                    .append(option.stayMask()).append(':').append(option.visaCents());
        }
        return key.toString();
    }

    public long totalPriority() {
        return totalPriority;
    }

    public long mediumScoreBound() {
        return -(totalPriority - Math.min(totalPriority, maxBroughtPriority));
    }

    /** Classes of identical participants, columns (variables y), and the build and LP times, for the report. */
    public String describe() {
        return classes.size() + " classes, " + columns.size() + " columns, built in " + buildMillis + " ms, LP in "
                + lpMillis + " ms";
    }

    /** No feasible plan bringing at least this priority costs less (money and penalties, cents). */
    public long leastCostFor(long targetPriority) {
        double least = solve(false, targetPriority, false, null).value();
        return Double.isNaN(least) ? 0 : Math.max(0, (long) Math.floor(least * (1 - MARGIN) - 1));
    }

    /** What the MIP proved in its time: a medium bound at least as tight as the LP's, and whether it is optimal. */
    public record MipProof(long mediumScore, boolean optimal, long millis, String status) {
    }

    /**
     * The same model with integer room counts, solved by SCIP for at most {@code limit}: its dual bound is valid whether or
     * not it finishes, and never looser than the LP's (the LP bound is kept when SCIP is not available or proves less).
     * From then on {@link #mediumScoreBound()} is the MIP's.
     */
    public MipProof mip(Duration limit) {
        long begin = System.nanoTime();
        LpBound.Result result = solve(true, 0, true, limit);
        long millis = (System.nanoTime() - begin) / 1_000_000;
        if (Double.isNaN(result.bound())) {
            return new MipProof(mediumScoreBound(), false, millis, result.status());
        }
        long brought = Math.min(maxBroughtPriority, (long) Math.floor(result.bound() * (1 + MARGIN) + MARGIN));
        maxBroughtPriority = brought;
        return new MipProof(-(totalPriority - Math.min(totalPriority, brought)), result.status().equals("OPTIMAL"),
                millis, result.status());
    }

    /** The optimum (NaN when not proven) and the dual bound (NaN when none) of the LP, or of the MIP when integer. */
    private LpBound.Result solve(boolean maximisePriority, long targetPriority, boolean integer, Duration limit) {
        MPSolver solver = MPSolver.createSolver(integer ? "SCIP" : "GLOP");
        if (solver == null) {
            return new LpBound.Result(Double.NaN, Double.NaN, "no " + (integer ? "SCIP" : "GLOP"));
        }
        if (limit != null) {
            solver.setTimeLimit(limit.toMillis());
        }
        Map<Integer, MPConstraint> seats = new HashMap<>();
        Map<String, MPConstraint> beds = new HashMap<>();
        Map<String, MPVariable> rooms = new HashMap<>();
        Map<String, MPConstraint> roomCounts = new HashMap<>();
        Map<String, MPConstraint> funds = new HashMap<>();
        problem.fundCents().forEach((fund, amount) -> funds.put(fund, solver.makeConstraint(-MPSolver.infinity(), amount)));
        MPConstraint budget = solver.makeConstraint(-MPSolver.infinity(), problem.budgetCents());
        MPConstraint priority = solver.makeConstraint(maximisePriority ? -MPSolver.infinity() : targetPriority,
                MPSolver.infinity());
        MPConstraint[] perClass = new MPConstraint[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            Group g = classes.get(c);
            perClass[c] = solver.makeConstraint(g.representative().mustAttend() ? g.count() : 0, g.count());
        }
        MPObjective objective = solver.objective();
        for (Column column : columns) {
            Group g = classes.get(column.cls());
            CompiledParticipant person = g.representative();
            MPVariable y = integer && columns.size() <= INTEGER_COLUMNS_LIMIT ? solver.makeIntVar(0, g.count(), "")
                    : solver.makeNumVar(0, g.count(), "");
            perClass[column.cls()].setCoefficient(y, 1);
            priority.setCoefficient(y, person.priority());
            objective.setCoefficient(y, maximisePriority ? person.priority() : column.cost());
            if (BudgetRule.countsInBudget(person.payer())) {
                budget.setCoefficient(y, column.spend());
                MPConstraint fund = funds.get(person.payer());
                if (fund != null) {
                    fund.setCoefficient(y, column.spend());
                }
            }
            for (int s : column.option().segments()) {
                if (problem.seatLimit(s) != Integer.MAX_VALUE) {
                    seats.computeIfAbsent(s, k -> solver.makeConstraint(-MPSolver.infinity(), problem.seatLimit(k)))
                            .setCoefficient(y, 1);
                }
            }
            if (column.kind() == null) {
                continue;
            }
            CompiledRoom kind = column.kind();
            int weight = person.participant().needs().singleRoom() ? kind.capacity() : 1;
            for (int n : column.option().nights()) {
                String kn = kind.kind() + "#" + n;
                String kng = kn + "#" + column.sharing();
                MPConstraint bedRow = beds.computeIfAbsent(kng, key -> {
                    MPVariable r = integer ? solver.makeIntVar(0, roomsOfKind.get(kind.kind()), "")
                            : solver.makeNumVar(0, roomsOfKind.get(kind.kind()), "");
                    rooms.put(key, r);
                    roomCounts.computeIfAbsent(kn, k -> solver.makeConstraint(-MPSolver.infinity(),
                            roomsOfKind.get(kind.kind()))).setCoefficient(r, 1);
                    MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), 0);
                    row.setCoefficient(r, -kind.capacity());
                    return row;
                });
                bedRow.setCoefficient(y, weight);
            }
        }
        return LpBound.Result.solve(solver, objective, maximisePriority, integer);
    }
}
