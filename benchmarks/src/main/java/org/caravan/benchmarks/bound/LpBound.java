package org.caravan.benchmarks.bound;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Spent;
import org.caravan.data.problem.CompiledParticipant;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.CompiledRoom;
import org.caravan.data.problem.TravelOption;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.SoftRule;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linear relaxation of the problem with kinds of rooms (identical rooms), per-night room counts per sharing group,
 * seats, budget and funds, with travel and lodging in separate columns; solved by GLOP (the LP), or with integer room
 * counts by SCIP (the MIP, whose proven dual bound after a time limit is still valid).
 *
 * <p><b>Travel and lodging apart.</b> What a room costs and which rows it fills depend on the person only through a
 * few facts (payer, single-room and accessibility needs, distinguished role, sharing groups: the <i>lodging class</i>)
 * and on the option only through its nights (the stay mask); what an itinerary costs and which seats it takes do not
 * depend on the room. So instead of one column per (person, option, kind of room), the model has
 * <ul>
 *   <li>{@code x[c,o]} ∈ [0, |c|]: members of <i>travel class</i> c brought with option o (a travel class is a set of
 *   people every row treats alike: same lodging class, priority, must-attend, lodging need and the same options after
 *   dominated ones are dropped);</li>
 *   <li>{@code z[l,m,k]} ≥ 0 (in the MIP {@code z[l,m,k,g]}, per sharing group g): people of lodging class l staying
 *   the nights m in a room of kind k;</li>
 *   <li>a link per (l, m): Σ x[c,o] over the classes of l and options with nights m = Σ z[l,m,·].</li>
 * </ul>
 * Every coefficient is a sum of a travel part and a lodging part, so a solution of the former per-column model maps
 * onto this one with the same value (add up its columns), and back (split each z over the x it links to in proportion):
 * the LP optimum is the same, with far fewer columns (people × options + lodging classes × masks × kinds instead of
 * people × options × kinds).
 *
 * <p><b>Dominated options.</b> Two options of a person with the same nights and the same limited segments fill the
 * same rows except budget and money; one that spends at least as much (fare and visas) and costs at least as much
 * (with penalties) as another is dropped: any plan using it maps onto the other with a spend and a cost no higher.
 *
 * <p><b>Sharing groups</b> (hard rule 3): every occupied room-night of a feasible plan belongs to one group all of its
 * occupants may use: {@code F} or {@code M} (one gender, people outside households or not), {@code H:h} (a household
 * of mixed genders: any room with both F and M and no X holds one household only, since every F–M pair must be of the
 * same household), {@code O} (any room with an X person: X people, people with a mutual request to an X person, and
 * members of a household that has an X person). On large events the households' groups are merged into one {@code H}:
 * a coarser partition of the room-nights, so every plan still maps onto it. In the LP the groups add nothing (with
 * continuous room counts the group rows sum to the kind's row and any split satisfies them), so only the MIP has them.
 *
 * <p><b>Rows</b>, each satisfied by the counts of every feasible plan: Σ x[c,·] ≤ |c| (= |c| for must-attend);
 * seats per segment; per room kind k, night n (and group g), Σ w × z ≤ capacity × r[k,n,g] with w = capacity for a
 * single-room need (it takes the whole room) and 1 otherwise; per kind and night Σ_g r[k,n,g] ≤ rooms of kind k
 * (rooms of a kind share their nights, and z only pairs a kind with nights its block covers); budget and funds with
 * each column's least spend (fare, visas, and per night the tax and ⌊price / capacity⌋ − 1 cents, below any exact
 * share: a payer with k of n ≤ capacity occupants pays round(price × k / n) ≥ k × price / capacity − ½). Maximising
 * Σ priority × x bounds the priority any plan brings; minimising Σ least cost (own money and penalties on x; taxes,
 * ⌊nights × price / capacity⌋ since a room-night costs its price ≥ occupants × price / capacity, and the star level on
 * z) subject to bringing at least a priority M bounds the money. Money already spent ({@code budget.spent}) is taken
 * off the budget and its fund first: every plan pays it.
 *
 * <p><b>The MIP</b> makes the room counts r integer (a room-night is one group's or unused), and below
 * {@value #INTEGER_COLUMNS_LIMIT} columns x and z too (it then sees whole people). With whole rooms it adds a second
 * budget row that prices rooms, not beds: fares, visas and taxes of everyone not self-funded, plus
 * (price − capacity cents) × r per kind, night and group, minus price × nights for each self-funded occupant. On a used
 * room-night with n occupants of whom s are self-funded, the other payers' shares round(price × k / n) add up to at
 * least price × (n − s) / n − capacity / 2 ≥ price − capacity − price × s, so every plan satisfies it; a room half
 * full then costs the budget its whole price, which the bed floors cannot see.
 *
 * <p>GLOP and SCIP work in floating point: optima and dual bounds are read with a safety margin of 10⁻⁶ relative (and
 * one cent on money), far above their tolerances, so the integer bounds stay on the safe side.
 */
public final class LpBound {

    static {
        Loader.loadNativeLibraries();
    }

    private static final double MARGIN = 1e-6;

    /** Up to this many columns the MIP counts people in integers too (small events: it then sees whole people). */
    static final int INTEGER_COLUMNS_LIMIT = 20_000;

    /** Above this many lodging columns per group in the MIP, the households' sharing groups are merged into one. */
    static final int HOUSEHOLD_COLUMNS_LIMIT = 400_000;

    /** People every lodging row treats alike; {@code sharing} are the groups whose rooms they may sleep in. */
    private record LodgingClass(String payer, boolean single, boolean accessible, boolean distinguished,
            Set<String> sharing) {
    }

    /** People every row treats alike, brought with one of {@code options} (dominated ones dropped). */
    private record TravelClass(int lodging, CompiledParticipant representative, int count, List<TravelOption> options) {
    }

    /** {@code x[c,o]}: members of travel class c brought with option o. */
    private record Travel(int cls, TravelOption option, boolean lodged) {
    }

    /** {@code z[l,m,k]}: people of lodging class l staying the nights m in rooms of kind k. */
    private record Lodging(int lodging, long mask, int[] nights, CompiledRoom kind, long spend, long cost) {
    }

    /** Which sharing groups the lodging classes tell apart: none in the LP, where they add nothing. */
    private enum Sharing { NONE, EXACT, HOUSEHOLDS_MERGED }

    /** The classes and columns of one form of the model. */
    private final class Model {
        final Sharing sharing;
        final List<LodgingClass> lodgingClasses = new ArrayList<>();
        final List<Integer> lodgingCounts = new ArrayList<>();
        final List<TravelClass> classes = new ArrayList<>();
        final List<Travel> travels = new ArrayList<>();
        final List<Lodging> lodgings = new ArrayList<>();

        Model(Sharing sharing) {
            this.sharing = sharing;
            build();
        }

        /** Lodging columns of the MIP, one per sharing group a lodging class may use. */
        long groupColumns() {
            return lodgings.stream().mapToLong(z -> Math.max(1, lodgingClasses.get(z.lodging()).sharing().size()))
                    .sum();
        }

        String describe() {
            return classes.size() + " travel classes, " + lodgingClasses.size() + " lodging classes"
                    + (sharing == Sharing.HOUSEHOLDS_MERGED ? " (households merged)" : "") + ", " + travels.size()
                    + " + " + (sharing == Sharing.NONE ? lodgings.size() : groupColumns()) + " columns";
        }

        private void build() {
            Set<String> householdsWithX = new HashSet<>();
            Map<String, Set<Gender>> householdGenders = new HashMap<>();
            for (CompiledParticipant p : problem.participants()) {
                Participant data = p.participant();
                if (data.household() != null) {
                    householdGenders.computeIfAbsent(data.household(), k -> new HashSet<>()).add(data.gender());
                    if (data.gender() == Gender.X) {
                        householdsWithX.add(data.household());
                    }
                }
            }
            Map<LodgingClass, Integer> lodgingIndex = new LinkedHashMap<>();
            Map<String, Integer> classIndex = new LinkedHashMap<>();
            List<Integer> counts = new ArrayList<>();
            for (CompiledParticipant person : problem.participants()) {
                if (!person.bringable()) {
                    continue;
                }
                Participant data = person.participant();
                LodgingClass lodging = new LodgingClass(person.payer(), data.needs().singleRoom(),
                        data.needs().accessibleRoom(), data.role().isDistinguished(),
                        sharingGroups(person, householdsWithX, householdGenders, sharing));
                int l = lodgingIndex.computeIfAbsent(lodging, k -> {
                    lodgingClasses.add(k);
                    lodgingCounts.add(0);
                    return lodgingClasses.size() - 1;
                });
                lodgingCounts.set(l, lodgingCounts.get(l) + 1);
                List<TravelOption> options = undominated(person);
                String key = travelKey(l, person, options);
                Integer c = classIndex.get(key);
                if (c == null) {
                    c = classes.size();
                    classIndex.put(key, c);
                    classes.add(new TravelClass(l, person, 0, options));
                    counts.add(0);
                }
                counts.set(c, counts.get(c) + 1);
            }
            for (int c = 0; c < classes.size(); c++) {
                TravelClass cls = classes.get(c);
                classes.set(c, new TravelClass(cls.lodging(), cls.representative(), counts.get(c), cls.options()));
            }
            Map<Integer, Map<Long, int[]>> masksOf = new HashMap<>();
            for (int c = 0; c < classes.size(); c++) {
                TravelClass cls = classes.get(c);
                CompiledParticipant person = cls.representative();
                for (TravelOption option : cls.options()) {
                    if (!person.needsRoom() || option.nights().length == 0) {
                        if (!person.needsRoom() || kinds.values().stream().anyMatch(person::canUse)) {
                            travels.add(new Travel(c, option, false));
                        }
                        continue;
                    }
                    travels.add(new Travel(c, option, true));
                    masksOf.computeIfAbsent(cls.lodging(), k -> new LinkedHashMap<>()).putIfAbsent(option.stayMask(),
                            option.nights());
                }
            }
            for (int l = 0; l < lodgingClasses.size(); l++) {
                LodgingClass lodging = lodgingClasses.get(l);
                for (Map.Entry<Long, int[]> stay : masksOf.getOrDefault(l, Map.of()).entrySet()) {
                    long mask = stay.getKey();
                    int[] nights = stay.getValue();
                    long n = nights.length;
                    for (CompiledRoom r : kinds.values()) {
                        if ((lodging.accessible() && !r.accessible()) || !r.availableFor(mask)) {
                            continue;
                        }
                        long spend = n * (r.taxCents() + Math.max(0, r.priceCents() / r.capacity() - 1));
                        long vip = lodging.distinguished() && r.belowVipStars()
                                ? problem.weightCents(SoftRule.VIP_BELOW_STARS) : 0;
                        long cost = n * r.taxCents() + n * r.priceCents() / r.capacity() + vip;
                        lodgings.add(new Lodging(l, mask, nights, r, spend, cost));
                    }
                }
            }
        }
    }

    private final CompiledProblem problem;
    private final Map<String, CompiledRoom> kinds = new LinkedHashMap<>();
    private final Map<String, Integer> roomsOfKind = new HashMap<>();
    private final Model lp;
    private @Nullable Model byGroup;
    private final long totalPriority;
    private long maxBroughtPriority;
    private final long buildMillis;
    private long lpMillis;

    public LpBound(CompiledProblem problem) {
        long begin = System.nanoTime();
        this.problem = problem;
        problem.rooms().forEach(r -> kinds.putIfAbsent(r.kind(), r));
        problem.rooms().forEach(r -> roomsOfKind.merge(r.kind(), 1, Integer::sum));
        this.totalPriority = problem.participants().stream().mapToLong(CompiledParticipant::priority).sum();
        this.lp = new Model(Sharing.NONE);
        this.buildMillis = (System.nanoTime() - begin) / 1_000_000;
        long lpBegin = System.nanoTime();
        double best = solve(lp, true, 0, false, null).value();
        this.lpMillis = (System.nanoTime() - lpBegin) / 1_000_000;
        this.maxBroughtPriority = Double.isNaN(best) ? totalPriority
                : (long) Math.floor(best * (1 + MARGIN) + MARGIN);
    }

    /** The MIP's model: sharing groups told apart, households merged when they would make it too big. */
    private Model modelByGroup() {
        if (byGroup == null) {
            Model exact = new Model(Sharing.EXACT);
            byGroup = exact.groupColumns() > HOUSEHOLD_COLUMNS_LIMIT ? new Model(Sharing.HOUSEHOLDS_MERGED) : exact;
        }
        return byGroup;
    }

    /**
     * The options of a person no other option beats: among those with the same nights and the same limited segments,
     * one whose spend (fare, visas) and cost (with penalties) are both at least another's is dropped (the first of
     * equal ones is kept).
     */
    private List<TravelOption> undominated(CompiledParticipant person) {
        List<TravelOption> kept = new ArrayList<>();
        for (TravelOption option : person.cheapestFirst()) {
            boolean dominated = false;
            for (TravelOption other : kept) {
                if (other.stayMask() == option.stayMask() && other.personCents() <= option.personCents()
                        && other.ownCents() <= option.ownCents()
                        && Arrays.equals(limitedSegments(other), limitedSegments(option))) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                kept.add(option);
            }
        }
        return kept;
    }

    private int[] limitedSegments(TravelOption option) {
        return Arrays.stream(option.segments()).filter(s -> problem.seatLimit(s) != Integer.MAX_VALUE).sorted()
                .toArray();
    }

    /** The sharing groups a person may sleep in (see the class comment). */
    private Set<String> sharingGroups(CompiledParticipant person, Set<String> householdsWithX,
            Map<String, Set<Gender>> householdGenders, Sharing sharing) {
        Participant data = person.participant();
        Set<String> groups = new LinkedHashSet<>();
        if (sharing == Sharing.NONE) {
            return groups;
        }
        if (data.gender() != Gender.X) {
            groups.add(data.gender().name());
        }
        if (data.household() != null && householdGenders.get(data.household()).size() > 1) {
            groups.add(sharing == Sharing.HOUSEHOLDS_MERGED ? "H" : "H:" + data.household());
        }
        boolean withX = data.gender() == Gender.X
                || (data.household() != null && householdsWithX.contains(data.household()))
                || person.mutualRequests().stream().map(problem::participant)
                        .anyMatch(other -> other != null && other.participant().gender() == Gender.X);
        if (withX) {
            groups.add("O");
        }
        return groups;
    }

    private String travelKey(int lodging, CompiledParticipant person, List<TravelOption> options) {
        StringBuilder key = new StringBuilder().append(lodging).append('|').append(person.priority()).append('|')
                .append(person.mustAttend()).append('|').append(person.needsRoom());
        for (TravelOption option : options) {
            key.append('|').append(option.stayMask()).append(':').append(option.personCents()).append(':')
                    .append(option.ownCents()).append(':').append(Arrays.toString(limitedSegments(option)));
        }
        return key.toString();
    }

    public long totalPriority() {
        return totalPriority;
    }

    public long mediumScoreBound() {
        return -(totalPriority - Math.min(totalPriority, maxBroughtPriority));
    }

    /** Classes, columns (travel x and lodging z), and the build and LP times, for the report. */
    public String describe() {
        return lp.describe() + ", built in " + buildMillis + " ms, LP in " + lpMillis + " ms";
    }

    /** No feasible plan bringing at least this priority costs less (money and penalties, cents). */
    public long leastCostFor(long targetPriority) {
        double least = solve(lp, false, targetPriority, false, null).value();
        return Double.isNaN(least) ? 0 : Math.max(0, (long) Math.floor(least * (1 - MARGIN) - 1));
    }

    /** What the MIP proved in its time: a medium bound at least as tight as the LP's, and whether it is optimal. */
    public record MipProof(long mediumScore, boolean optimal, long millis, String status, String model) {
    }

    /**
     * The same model with integer room counts per sharing group, solved by SCIP for at most {@code limit}: its dual
     * bound is valid whether or not it finishes, and never looser than the LP's (the LP bound is kept when SCIP is not
     * available or proves less). From then on {@link #mediumScoreBound()} is the MIP's.
     */
    public MipProof mip(Duration limit) {
        long begin = System.nanoTime();
        Result result = solve(modelByGroup(), true, 0, true, limit);
        long millis = (System.nanoTime() - begin) / 1_000_000;
        String model = modelByGroup().describe();
        if (Double.isNaN(result.bound())) {
            return new MipProof(mediumScoreBound(), false, millis, result.status(), model);
        }
        long brought = Math.min(maxBroughtPriority, (long) Math.floor(result.bound() * (1 + MARGIN) + MARGIN));
        maxBroughtPriority = brought;
        return new MipProof(-(totalPriority - Math.min(totalPriority, brought)), result.status().equals("OPTIMAL"),
                millis, result.status(), model);
    }

    record Result(double value, double bound, String status) {

        /**
         * Solves the model in the objective's direction and reads it: the optimum when proven, and for a MIP the
         * solver's bound. Without a solution SCIP's bound is not reported reliably: only a solved or feasible MIP's
         * bound is read. The solver is released.
         */
        static Result solve(MPSolver solver, MPObjective objective, boolean maximise, boolean integer) {
            if (maximise) {
                objective.setMaximization();
            } else {
                objective.setMinimization();
            }
            MPSolver.ResultStatus status = solver.solve();
            double value = status == MPSolver.ResultStatus.OPTIMAL ? objective.value() : Double.NaN;
            double bound = Double.NaN;
            if (integer && (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE)) {
                bound = objective.bestBound();
                if (Double.isInfinite(bound)) {
                    bound = Double.NaN;
                }
            }
            solver.delete();
            return new Result(value, integer ? bound : value, status.name());
        }

    }

    /** The optimum (NaN when not proven) and the dual bound (NaN when none) of the LP, or of the MIP when integer. */
    private Result solve(Model m, boolean maximisePriority, long targetPriority, boolean integer, Duration limit) {
        MPSolver solver = MPSolver.createSolver(integer ? "SCIP" : "GLOP");
        if (solver == null) {
            return new Result(Double.NaN, Double.NaN, "no " + (integer ? "SCIP" : "GLOP"));
        }
        if (limit != null) {
            solver.setTimeLimit(limit.toMillis());
        }
        boolean integerPeople = integer && m.travels.size() + m.groupColumns() <= INTEGER_COLUMNS_LIMIT;
        MPObjective objective = solver.objective();
        // Money already spent (budget.spent) stays in its payer's fund and in the budget whatever the plan decides.
        Map<String, Long> spent = new HashMap<>();
        for (Spent s : problem.dataset().dataset().budget().spent()) {
            spent.merge(s.payer(), Money.toCents(s.amount()), Long::sum);
        }
        long spentInBudget = spent.entrySet().stream().filter(e -> BudgetRule.countsInBudget(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        Map<String, MPConstraint> funds = new HashMap<>();
        problem.fundCents().forEach((fund, amount) -> funds.put(fund,
                solver.makeConstraint(-MPSolver.infinity(), amount - spent.getOrDefault(fund, 0L))));
        MPConstraint budget = solver.makeConstraint(-MPSolver.infinity(), problem.budgetCents() - spentInBudget);
        // With whole rooms the budget also pays every used room-night in full, less what self-funded occupants pay.
        MPConstraint roomBudget = integer
                ? solver.makeConstraint(-MPSolver.infinity(), problem.budgetCents() - spentInBudget) : null;
        MPConstraint priority = solver.makeConstraint(maximisePriority ? -MPSolver.infinity() : targetPriority,
                MPSolver.infinity());
        MPConstraint[] perClass = new MPConstraint[m.classes.size()];
        for (int c = 0; c < m.classes.size(); c++) {
            TravelClass cls = m.classes.get(c);
            perClass[c] = solver.makeConstraint(cls.representative().mustAttend() ? cls.count() : 0, cls.count());
        }
        Map<Integer, MPConstraint> seats = new HashMap<>();
        Map<String, MPConstraint> links = new HashMap<>();
        for (Travel travel : m.travels) {
            TravelClass cls = m.classes.get(travel.cls());
            CompiledParticipant person = cls.representative();
            MPVariable x = integerPeople ? solver.makeIntVar(0, cls.count(), "")
                    : solver.makeNumVar(0, cls.count(), "");
            perClass[travel.cls()].setCoefficient(x, 1);
            priority.setCoefficient(x, person.priority());
            objective.setCoefficient(x, maximisePriority ? person.priority() : travel.option().ownCents());
            spend(budget, funds, person.payer(), x, travel.option().personCents());
            if (roomBudget != null && BudgetRule.countsInBudget(person.payer())) {
                roomBudget.setCoefficient(x, travel.option().personCents());
            }
            for (int s : travel.option().segments()) {
                if (problem.seatLimit(s) != Integer.MAX_VALUE) {
                    seats.computeIfAbsent(s, k -> solver.makeConstraint(-MPSolver.infinity(), problem.seatLimit(k)))
                            .setCoefficient(x, 1);
                }
            }
            if (travel.lodged()) {
                links.computeIfAbsent(cls.lodging() + "#" + travel.option().stayMask(),
                        k -> solver.makeConstraint(0, 0)).setCoefficient(x, 1);
            }
        }
        Map<String, MPConstraint> beds = new HashMap<>();
        Map<String, MPConstraint> roomCounts = new HashMap<>();
        for (Lodging lodging : m.lodgings) {
            LodgingClass lc = m.lodgingClasses.get(lodging.lodging());
            int count = m.lodgingCounts.get(lodging.lodging());
            CompiledRoom kind = lodging.kind();
            int available = roomsOfKind.get(kind.kind());
            int weight = lc.single() ? kind.capacity() : 1;
            MPConstraint link = links.get(lodging.lodging() + "#" + lodging.mask());
            for (String group : integer ? lc.sharing() : Set.of("")) {
                MPVariable z = integerPeople ? solver.makeIntVar(0, count, "") : solver.makeNumVar(0, count, "");
                link.setCoefficient(z, -1);
                objective.setCoefficient(z, maximisePriority ? 0 : lodging.cost());
                spend(budget, funds, lc.payer(), z, lodging.spend());
                if (roomBudget != null) {
                    long nights = lodging.nights().length;
                    roomBudget.setCoefficient(z, BudgetRule.countsInBudget(lc.payer()) ? nights * kind.taxCents()
                            : -nights * kind.priceCents());
                }
                for (int n : lodging.nights()) {
                    String kn = kind.kind() + "#" + n;
                    MPConstraint bedRow = beds.computeIfAbsent(kn + "#" + group, key -> {
                        if (!integer) {
                            return solver.makeConstraint(-MPSolver.infinity(), (double) kind.capacity() * available);
                        }
                        MPVariable r = solver.makeIntVar(0, available, "");
                        roomBudget.setCoefficient(r, Math.max(0, kind.priceCents() - kind.capacity()));
                        roomCounts.computeIfAbsent(kn, k -> solver.makeConstraint(-MPSolver.infinity(), available))
                                .setCoefficient(r, 1);
                        MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), 0);
                        row.setCoefficient(r, -kind.capacity());
                        return row;
                    });
                    bedRow.setCoefficient(z, weight);
                }
            }
        }
        return Result.solve(solver, objective, maximisePriority, integer);
    }

    /** A column's least spend counts in the budget and in its payer's fund (nothing for the self-funded). */
    private static void spend(MPConstraint budget, Map<String, MPConstraint> funds, String payer, MPVariable column,
            long cents) {
        if (!BudgetRule.countsInBudget(payer)) {
            return;
        }
        budget.setCoefficient(column, cents);
        MPConstraint fund = funds.get(payer);
        if (fund != null) {
            fund.setCoefficient(column, cents);
        }
    }
}
