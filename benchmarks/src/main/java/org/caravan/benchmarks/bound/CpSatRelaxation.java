package org.caravan.benchmarks.bound;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import org.caravan.benchmarks.cpsat.CpSatModel;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Participant;
import org.caravan.data.problem.CompiledParticipant;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.CompiledRoom;
import org.caravan.data.problem.TravelOption;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.RoomSharing;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.rules.SoftRule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A relaxation of Caravan's problem for CP-SAT to bound, in the same lexicographic objective and weight W as
 * {@link CpSatModel}: the bound B it proves means no feasible plan leaves out less than floor(B / W) priority points
 * (plus the people with no way to come), and one that leaves out exactly that costs at least B mod W.
 *
 * <p>Why it is a relaxation: identical rooms (same hotel, type, capacity, price, tax, accessibility and block) are
 * merged into a <em>kind</em> with a count, and every real plan maps onto this model with the same objective or less:
 * <ul>
 * <li>{@code kind[p,k]}: the kind of p's room; {@code sleeps[p,k,n]}: p sleeps in a room of kind k on night n;</li>
 * <li>{@code rooms[k,n]} ∈ [0, count]: rooms of kind k used on night n, paid at their price. In each used room-night
 * the occupants fit the beds and a single-room need is alone, so summed over the kind:
 * {@code Σ others + capacity × Σ single needs ≤ capacity × rooms[k,n]};</li>
 * <li>rule 3 only between women and men outside households: no room-night holds both, so
 * {@code women ≤ capacity × womenRooms}, {@code men ≤ capacity × menRooms}, {@code womenRooms + menRooms ≤ rooms};</li>
 * <li>seats, must-attend, one option and one kind per brought person: exact;</li>
 * <li>budget and funds: fares, visas and taxes exact; each occupant-night charged ⌊price / capacity⌋ − 1 cents to
 * their payer, below any exact share;</li>
 * <li>objective: fares, visas, the options' own penalties, shuttle slots, star level, room-nights and taxes exact;
 * the pair and delegation penalties are left out (they are never negative).</li>
 * </ul>
 * What it allows that the rules do not: a person on different rooms of a kind on different nights, mixed nights of
 * women and men in one physical room, and X or household roommates with anyone; none of that lowers a real plan's
 * objective, so the bound holds. Merging identical rooms also removes their symmetry, which is what lets CP-SAT prove
 * the relaxation's optimum on small datasets.
 */
public final class CpSatRelaxation {

    static {
        Loader.loadNativeLibraries();
    }

    /** Identical rooms, merged. */
    private record Kind(int index, CompiledRoom sample, int count) {
    }

    private final CompiledProblem problem;
    private final CpModel model = new CpModel();
    private final long weight;
    private final List<Kind> kinds = new ArrayList<>();

    public CpSatRelaxation(CompiledProblem problem) {
        this.problem = problem;
        this.weight = CpSatModel.costCeiling(problem) + 1;
        build();
    }

    /** Above this many occupancy terms the relaxation is not built and the knapsack bound stands alone. */
    static final long LIMIT = 300_000;

    /** Whether the relaxation is small enough to build: participants × kinds of rooms × nights. */
    public static boolean fits(CompiledProblem problem) {
        long kinds = problem.rooms().stream().map(CompiledRoom::kind).distinct().count();
        long nights = problem.participants().stream().flatMap(p -> p.cheapestFirst().stream()).mapToLong(o -> o.nights().length)
                .max().orElse(0);
        return (long) problem.participants().size() * kinds * nights <= LIMIT;
    }

    public long priorityWeight() {
        return weight;
    }

    public long unbringablePriority() {
        return problem.participants().stream().filter(p -> !p.bringable()).mapToLong(CompiledParticipant::priority).sum();
    }

    private void build() {
        // ------------------------------------------------------------------ data: kinds of identical rooms
        Map<String, List<CompiledRoom>> byKind = new LinkedHashMap<>();
        for (CompiledRoom r : problem.rooms()) {
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        byKind.values().forEach(rooms -> kinds.add(new Kind(kinds.size(), rooms.get(0), rooms.size())));

        // ------------------------------------------------------------------ variables
        LinearExprBuilder objective = LinearExpr.newBuilder();
        LinearExprBuilder spentInBudget = LinearExpr.newBuilder();
        Map<String, Long> funds = problem.fundCents();
        Map<String, LinearExprBuilder> spentByFund = new HashMap<>();
        funds.keySet().forEach(f -> spentByFund.put(f, LinearExpr.newBuilder()));
        Map<Integer, LinearExprBuilder> passengers = new HashMap<>();
        Map<ShuttleSlot, BoolVar> shuttle = new HashMap<>();
        /* kind → night → (sleeps literal, person) */
        Map<Kind, Map<Integer, List<Sleeper>>> sleepers = new LinkedHashMap<>();

        for (CompiledParticipant person : problem.participants()) {
            if (!person.bringable()) {
                continue;
            }
            BoolVar brought = model.newBoolVar("brought[" + person.id() + "]");
            if (person.mustAttend()) {
                model.addEquality(brought, 1);
            }
            objective.add(weight * person.priority());
            objective.addTerm(brought, -weight * person.priority());
            boolean counted = BudgetRule.countsInBudget(person.payer());
            LinearExprBuilder fund = counted ? spentByFund.get(person.payer()) : null;

            Map<TravelOption, BoolVar> travel = new LinkedHashMap<>();
            for (TravelOption option : person.cheapestFirst()) {
                BoolVar t = person.cheapestFirst().size() == 1 ? brought
                        : model.newBoolVar("travel[" + person.id() + "," + option.itineraryId() + "]");
                travel.put(option, t);
                objective.addTerm(t, option.ownCents());
                if (counted) {
                    spentInBudget.addTerm(t, option.personCents());
                    if (fund != null) {
                        fund.addTerm(t, option.personCents());
                    }
                }
                for (int s : option.segments()) {
                    passengers.computeIfAbsent(s, k -> LinearExpr.newBuilder()).add(t);
                }
                if (option.arrivalSlot() != null) {
                    BoolVar used = shuttle.computeIfAbsent(option.arrivalSlot(), slot -> {
                        BoolVar v = model.newBoolVar("shuttle[" + slot.start() + "]");
                        objective.addTerm(v, problem.weightCents(SoftRule.ARRIVAL_SLOT));
                        return v;
                    });
                    model.addImplication(t, used);
                }
            }
            model.addEquality(sum(travel.values()), brought);
            if (!person.needsRoom()) {
                continue;
            }

            Set<Integer> common = null;
            Set<Integer> any = new TreeSet<>();
            for (TravelOption option : person.cheapestFirst()) {
                Set<Integer> nights = new TreeSet<>();
                for (int n : option.nights()) {
                    nights.add(n);
                }
                any.addAll(nights);
                if (common == null) {
                    common = nights;
                } else {
                    common.retainAll(nights);
                }
            }
            LinearExprBuilder oneKind = LinearExpr.newBuilder();
            for (Kind kind : kinds) {
                CompiledRoom r = kind.sample();
                if (!person.canUse(r) || person.cheapestFirst().stream().noneMatch(o -> r.availableFor(o.stayMask()))) {
                    continue;
                }
                BoolVar k = model.newBoolVar("kind[" + person.id() + "," + r.id() + "]");
                oneKind.add(k);
                travel.forEach((option, t) -> {
                    if (!r.availableFor(option.stayMask())) {
                        model.addImplication(k, t.not());
                    }
                });
                if (person.participant().role().isDistinguished() && r.belowVipStars()) {
                    objective.addTerm(k, problem.weightCents(SoftRule.VIP_BELOW_STARS));
                }
                for (int night : any) {
                    if (!r.availableOn(night)) {
                        continue;
                    }
                    BoolVar sleeps;
                    if (common.contains(night)) {
                        sleeps = k;
                    } else {
                        sleeps = model.newBoolVar("sleeps[" + person.id() + "," + r.id() + "," + night + "]");
                        LinearExprBuilder stay = LinearExpr.newBuilder().add(k);
                        travel.forEach((option, t) -> {
                            for (int n : option.nights()) {
                                if (n == night) {
                                    stay.add(t);
                                }
                            }
                        });
                        stay.addTerm(sleeps, -1);
                        model.addLessOrEqual(stay, 1);
                    }
                    sleepers.computeIfAbsent(kind, x -> new TreeMap<>()).computeIfAbsent(night, x -> new ArrayList<>())
                            .add(new Sleeper(person, sleeps));
                    objective.addTerm(sleeps, r.taxCents());
                    if (counted) {
                        long perNight = r.taxCents() + Math.max(0, r.priceCents() / r.capacity() - 1);
                        spentInBudget.addTerm(sleeps, perNight);
                        if (fund != null) {
                            fund.addTerm(sleeps, perNight);
                        }
                    }
                }
            }
            model.addEquality(oneKind, brought);
        }

        // ------------------------------------------------------------------ constraints on kinds of rooms
        for (Map.Entry<Kind, Map<Integer, List<Sleeper>>> byNight : sleepers.entrySet()) {
            Kind kind = byNight.getKey();
            int capacity = kind.sample().capacity();
            for (Map.Entry<Integer, List<Sleeper>> night : byNight.getValue().entrySet()) {
                String name = kind.sample().id() + "," + night.getKey();
                IntVar rooms = model.newIntVar(0, kind.count(), "rooms[" + name + "]");
                objective.addTerm(rooms, kind.sample().priceCents());
                LinearExprBuilder beds = LinearExpr.newBuilder();
                LinearExprBuilder women = LinearExpr.newBuilder();
                LinearExprBuilder men = LinearExpr.newBuilder();
                boolean anyWoman = false;
                boolean anyMan = false;
                for (Sleeper s : night.getValue()) {
                    Participant p = s.person().participant();
                    beds.addTerm(s.sleeps(), p.needs().singleRoom() ? capacity : 1);
                    Gender separated = RoomSharing.separatedGender(p).orElse(null);
                    if (separated == Gender.F) {
                        women.add(s.sleeps());
                        anyWoman = true;
                    } else if (separated == Gender.M) {
                        men.add(s.sleeps());
                        anyMan = true;
                    }
                }
                model.addLessOrEqual(beds, LinearExpr.term(rooms, capacity));
                if (anyWoman && anyMan) {
                    IntVar womenRooms = model.newIntVar(0, kind.count(), "womenRooms[" + name + "]");
                    IntVar menRooms = model.newIntVar(0, kind.count(), "menRooms[" + name + "]");
                    model.addLessOrEqual(women, LinearExpr.term(womenRooms, capacity));
                    model.addLessOrEqual(men, LinearExpr.term(menRooms, capacity));
                    model.addLessOrEqual(LinearExpr.newBuilder().add(womenRooms).add(menRooms), rooms);
                }
            }
        }
        passengers.forEach((s, load) -> {
            if (problem.seatLimit(s) != Integer.MAX_VALUE) {
                model.addLessOrEqual(load, problem.seatLimit(s));
            }
        });
        model.addLessOrEqual(spentInBudget, problem.budgetCents());
        funds.forEach((fund, amount) -> model.addLessOrEqual(spentByFund.get(fund), amount));

        // ------------------------------------------------------------------ objective
        model.minimize(objective);
    }

    private record Sleeper(CompiledParticipant person, BoolVar sleeps) {
    }

    /** CP-SAT's status and proven bound on this relaxation. */
    public record Proof(CpSolverStatus status, double bound, Duration wallTime, int variables) {
    }

    public Proof prove(Duration timeLimit, int workers) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0).setNumWorkers(workers)
                .setLogSearchProgress(Boolean.getBoolean("caravan.cpsat.log"));
        long start = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        double bound = status == CpSolverStatus.INFEASIBLE ? Double.POSITIVE_INFINITY : solver.bestObjectiveBound();
        return new Proof(status, bound, Duration.ofNanos(System.nanoTime() - start), model.model().getVariablesCount());
    }

    private static LinearExpr sum(Collection<BoolVar> literals) {
        LinearExprBuilder builder = LinearExpr.newBuilder();
        literals.forEach(builder::add);
        return builder.build();
    }
}
