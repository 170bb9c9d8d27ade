package org.caravan.benchmarks.cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import org.caravan.data.plan.Assignment;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Caravan's planning problem as an OR-Tools CP-SAT model, written to read like the model: data, variables,
 * constraints, objective. It is a <em>restriction</em> of the problem: every simplification forbids more than the rules
 * do, so any solution it returns is a plan the checker finds feasible; the checker, not this model, then scores the
 * plan with every penalty. (A bound proven on a restriction is not a bound on the problem: the bound comes from
 * {@link org.caravan.benchmarks.bound.CpSatRelaxation}, which reads the same way.)
 *
 * <h2>Data</h2> P participants (only those with a way to come: an allowed itinerary, or ground travel without an
 * unobtainable entry visa), their travel options o with nights N(p,o), fare and visa fees, and the option's own
 * penalties (connections, hours, long layovers) from {@link CompiledProblem}; rooms r with capacity, price, tax, block;
 * segments with seat limits; budget and funds.
 *
 * <h2>Variables</h2>
 * <ul>
 * <li>{@code brought[p]}: p is brought;</li>
 * <li>{@code travel[p,o]}: p comes with option o (one per brought person);</li>
 * <li>{@code room[p,r]}: p sleeps in room r (one per brought person who needs lodging), over candidate rooms;</li>
 * <li>{@code sleeps[p,r,n]}: p occupies a bed of r on night n, exactly {@code room[p,r] AND stay[p,n]} where
 * {@code stay[p,n] = Σ travel[p,o] over options with night n} (the same variable as {@code room[p,r]} when every option
 * has night n);</li>
 * <li>{@code open[r,n]}: room-night (r,n) is paid for;</li>
 * <li>{@code shuttle[s]}: arrival slot s is used; {@code fundPays[f,r,n]}: fund f has an occupant in (r,n);</li>
 * <li>{@code label[r,L]}: who may share room r, see rule 3.</li>
 * </ul>
 *
 * <h2>Simplifications (all restrictions)</h2>
 * <ul>
 * <li>rule 3: one sharing label per room for the whole event (see {@link #shareByRoomLabels});</li>
 * <li>rule 8: room-night shares over-estimated (see {@link #budget});</li>
 * <li>on datasets too big to build in full, each participant is offered a window of the rooms of each kind;</li>
 * <li>left out of the objective (the checker adds them): noCommonLanguage, roommateCountry, roommateRequestUnmet,
 * delegationSplit. Everything else (fares, visas, rooms, taxes, connections, hours, layovers, shuttle slots, star
 * level) is exact.</li>
 * </ul>
 *
 * <h2>Objective</h2> lexicographic by a big-M weight: minimise {@code W × Σ priority × (1 − brought)} + money and
 * modelled penalties in cents, where W exceeds every plan's possible money and penalties (see
 * {@link #costCeiling}), so one priority point always outweighs all money. A single weighted solve was chosen over two
 * phases (maximise priority, fix it, minimise cost) because it spends the whole wall time on one search, yields one
 * time-to-first-solution and one proven bound covering both levels, and CP-SAT works in exact 64-bit integers so the
 * large weight costs no precision inside the solver.
 */
public final class CpSatModel {

    /** Above this many occupancy terms the model offers each participant a window of the rooms (see candidateRooms). */
    static final int FULL_MODEL_LIMIT = Integer.getInteger("caravan.cpsat.fullModelLimit", 400_000);

    private final CompiledProblem problem;
    private final CpModel model = new CpModel();
    private final long weight;
    private final List<CompiledParticipant> persons = new ArrayList<>();
    private final Map<Integer, BoolVar> brought = new LinkedHashMap<>();
    private final Map<Integer, Map<TravelOption, BoolVar>> travel = new HashMap<>();
    private final Map<Integer, Map<CompiledRoom, BoolVar>> room = new HashMap<>();
    private final boolean roomWindows;
    private LinearExprBuilder objective;
    // Kept for hints: every auxiliary variable follows from the decisions.
    private Map<CompiledRoom, Map<Integer, List<Occupancy>>> occupancy;
    private final Map<Long, BoolVar> open = new HashMap<>();
    private final Map<CompiledRoom, Map<String, BoolVar>> labelVars = new HashMap<>();
    private final Map<ShuttleSlot, BoolVar> shuttle = new HashMap<>();
    private final List<GroupCharge> groupCharges = new ArrayList<>();
    private final Map<String, String> startRooms = new HashMap<>();
    /** The payer group the total budget covers. */
    private static final String NOT_SELF_FUNDED = "budget";

    /** A payer group's charge for a room-night: pays when it has an occupant there, charge as in {@link #charge}. */
    private record GroupCharge(String group, CompiledRoom room, int night, BoolVar pays, IntVar charge, long full) {
    }

    static {
        Loader.loadNativeLibraries();
    }

    public CpSatModel(CompiledProblem problem) {
        this(problem, null);
    }

    /**
     * The model, started from a plan (e.g. the greedy's) when {@code start} is not null: each participant is also
     * offered the room that plan gives them, and the plan becomes CP-SAT's solution hint (see {@link #hint}).
     */
    public CpSatModel(CompiledProblem problem, List<Assignment> start) {
        this.problem = problem;
        this.weight = costCeiling(problem) + 1;
        this.roomWindows = occupancyTerms(problem) > FULL_MODEL_LIMIT;
        if (start != null) {
            start.forEach(a -> {
                if (a.brought() && a.room() != null) {
                    startRooms.put(a.participant(), a.room());
                }
            });
        }
        build();
        if (start != null) {
            hint(start);
        }
    }

    public long priorityWeight() {
        return weight;
    }

    /**
     * The model in the order it reads: the variables of the decisions, the constraints of the rules (with the
     * auxiliary variables a constraint needs: labels, payer charges), the objective (with the shuttle-slot variables
     * its terms need). The data is {@link #problem}, with {@link #weight} and the room windows fixed in the constructor.
     */
    private void build() {
        variables();
        constraints();
        objective();
    }

    /** brought[p], travel[p,o], room[p,r], sleeps[p,r,n] and open[r,n]. */
    private void variables() {
        for (CompiledParticipant person : problem.participants()) {
            if (!person.bringable()) {
                continue; // no allowed way to come: never brought, in every plan
            }
            persons.add(person);
            int p = person.index();
            BoolVar isBrought = model.newBoolVar("brought[" + person.id() + "]");
            brought.put(p, isBrought);
            Map<TravelOption, BoolVar> options = new LinkedHashMap<>();
            if (person.cheapestFirst().size() == 1) {
                options.put(person.cheapestFirst().get(0), isBrought); // one way to come: travel is being brought
            } else {
                for (TravelOption option : person.cheapestFirst()) {
                    options.put(option, model.newBoolVar("travel[" + person.id() + "," + option.itineraryId() + "]"));
                }
            }
            travel.put(p, options);
            if (person.needsRoom()) {
                Map<CompiledRoom, BoolVar> rooms = new LinkedHashMap<>();
                for (CompiledRoom r : candidateRooms(person)) {
                    rooms.put(r, model.newBoolVar("room[" + person.id() + "," + r.id() + "]"));
                }
                room.put(p, rooms);
            }
        }
        occupancy = occupancyVariables();
        for (Map.Entry<CompiledRoom, Map<Integer, List<Occupancy>>> byRoom : occupancy.entrySet()) {
            for (Integer night : byRoom.getValue().keySet()) {
                open.put(key(byRoom.getKey(), night), model.newBoolVar("open[" + byRoom.getKey().id() + "," + night + "]"));
            }
        }
    }

    private void constraints() {
        // Rule 9: a brought person has exactly one way to come and, if they need lodging, exactly one room.
        for (CompiledParticipant person : persons) {
            int p = person.index();
            model.addEquality(sum(travel.get(p).values()), brought.get(p));
            if (person.needsRoom()) {
                model.addEquality(sum(room.get(p).values()), brought.get(p));
            }
            if (person.mustAttend()) {
                model.addEquality(brought.get(p), 1);
            }
        }

        // Rule 2: a room is only taken for an option whose every night lies in the room's block.
        for (CompiledParticipant person : persons) {
            if (!person.needsRoom()) {
                continue;
            }
            for (Map.Entry<CompiledRoom, BoolVar> r : room.get(person.index()).entrySet()) {
                for (Map.Entry<TravelOption, BoolVar> option : travel.get(person.index()).entrySet()) {
                    if (!r.getKey().availableFor(option.getKey().stayMask())) {
                        model.addImplication(r.getValue(), option.getValue().not());
                    }
                }
            }
        }

        // Rules 1 and 4 and the room-night cost: occupants of a room-night fit its beds, only in an open room-night,
        // and a single-room need is alone: Σ sleeps + (capacity − 1) × Σ single needs' sleeps ≤ capacity × open (with a
        // single need present, nobody else fits; two of them never fit). Accessibility is in the candidate rooms.
        for (Map.Entry<CompiledRoom, Map<Integer, List<Occupancy>>> byRoom : occupancy.entrySet()) {
            CompiledRoom r = byRoom.getKey();
            for (Map.Entry<Integer, List<Occupancy>> night : byRoom.getValue().entrySet()) {
                LinearExprBuilder beds = LinearExpr.newBuilder();
                for (Occupancy o : night.getValue()) {
                    boolean single = o.person().participant().needs().singleRoom();
                    beds.addTerm(o.sleeps(), single ? r.capacity() : 1);
                }
                model.addLessOrEqual(beds, LinearExpr.term(open.get(key(r, night.getKey())), r.capacity()));
            }
        }

        // Rule 3: who may share.
        shareByRoomLabels();

        // Rule 6: seat limits.
        Map<Integer, LinearExprBuilder> passengers = new HashMap<>();
        for (CompiledParticipant person : persons) {
            for (Map.Entry<TravelOption, BoolVar> option : travel.get(person.index()).entrySet()) {
                for (int s : option.getKey().segments()) {
                    passengers.computeIfAbsent(s, k -> LinearExpr.newBuilder()).add(option.getValue());
                }
            }
        }
        passengers.forEach((s, load) -> {
            if (problem.seatLimit(s) != Integer.MAX_VALUE) {
                model.addLessOrEqual(load, problem.seatLimit(s));
            }
        });

        // Rule 8: budget and funds.
        budget();

        // Rules 5 and 7 hold by construction: only allowed itineraries are options.
    }

    /** W × priority left out, then money and the modelled penalties in cents. */
    private void objective() {
        objective = LinearExpr.newBuilder();
        for (CompiledParticipant person : persons) {
            // W × priority for everyone left out, written as W × priority × (1 − brought).
            objective.add(weight * person.priority());
            objective.addTerm(brought.get(person.index()), -weight * person.priority());
            for (Map.Entry<TravelOption, BoolVar> option : travel.get(person.index()).entrySet()) {
                objective.addTerm(option.getValue(), option.getKey().ownCents());
            }
            if (person.needsRoom() && person.participant().role().isDistinguished()) {
                for (Map.Entry<CompiledRoom, BoolVar> r : room.get(person.index()).entrySet()) {
                    if (r.getKey().belowVipStars()) {
                        objective.addTerm(r.getValue(), problem.weightCents(SoftRule.VIP_BELOW_STARS));
                    }
                }
            }
        }
        for (Map.Entry<CompiledRoom, Map<Integer, List<Occupancy>>> byRoom : occupancy.entrySet()) {
            CompiledRoom r = byRoom.getKey();
            for (Map.Entry<Integer, List<Occupancy>> night : byRoom.getValue().entrySet()) {
                objective.addTerm(open.get(key(r, night.getKey())), r.priceCents());
                night.getValue().forEach(o -> objective.addTerm(o.sleeps(), r.taxCents()));
            }
        }
        arrivalSlots();
        // Left out of the objective (the checker adds them to every plan): noCommonLanguage, roommateCountry,
        // roommateRequestUnmet, delegationSplit.
        model.minimize(objective);
    }

    // ---------------------------------------------------------------------- variables, in detail

    /** One person on one night of one room: the literal that is true when they sleep there. */
    private record Occupancy(CompiledParticipant person, BoolVar sleeps) {
    }

    /**
     * Rooms offered to a person: suitable (accessibility), available for at least one of their options. In a model too
     * big to build in full, a window of them (a restriction), plus the room of the plan the model starts from.
     */
    private List<CompiledRoom> candidateRooms(CompiledParticipant person) {
        List<CompiledRoom> suitable = new ArrayList<>();
        for (CompiledRoom r : problem.rooms()) {
            if (person.canUse(r) && person.cheapestFirst().stream().anyMatch(o -> r.availableFor(o.stayMask()))) {
                suitable.add(r);
            }
        }
        if (!roomWindows) {
            return suitable;
        }
        String startRoom = startRooms.get(person.id());
        // Every step-th suitable room, from an offset given by the person's index: the people with the same offset are
        // offered the same rooms (so they can share them), and the windows together cover every room.
        int perPerson = (int) Math.max(2, FULL_MODEL_LIMIT / Math.max(1L, (long) problem.participants().size() * maxNights()));
        if (suitable.size() <= perPerson) {
            return suitable;
        }
        int step = (suitable.size() + perPerson - 1) / perPerson;
        List<CompiledRoom> window = new ArrayList<>();
        for (int i = 0; i < suitable.size(); i++) {
            if (i % step == person.index() % step || suitable.get(i).id().equals(startRoom)) {
                window.add(suitable.get(i));
            }
        }
        return window;
    }

    private Map<CompiledRoom, Map<Integer, List<Occupancy>>> occupancyVariables() {
        Map<CompiledRoom, Map<Integer, List<Occupancy>>> occupancy = new LinkedHashMap<>();
        for (CompiledParticipant person : persons) {
            if (!person.needsRoom()) {
                continue;
            }
            Map<TravelOption, BoolVar> options = travel.get(person.index());
            Set<Integer> everyOption = commonNights(person);
            Set<Integer> anyOption = new TreeSet<>();
            person.cheapestFirst().forEach(o -> { for (int n : o.nights()) anyOption.add(n); });
            for (Map.Entry<CompiledRoom, BoolVar> r : room.get(person.index()).entrySet()) {
                CompiledRoom roomFacts = r.getKey();
                for (int night : anyOption) {
                    if (!roomFacts.availableOn(night)) {
                        continue; // options with this night cannot take this room (rule 2 below)
                    }
                    BoolVar sleeps;
                    if (everyOption.contains(night)) {
                        sleeps = r.getValue();
                    } else {
                        BoolVar s = model.newBoolVar("sleeps[" + person.id() + "," + roomFacts.id() + "," + night + "]");
                        // sleeps ≥ room + stay − 1, with stay = Σ travel over options that have this night.
                        LinearExprBuilder stay = LinearExpr.newBuilder().add(r.getValue());
                        options.forEach((option, lit) -> {
                            if (contains(option.nights(), night)) {
                                stay.add(lit);
                            }
                        });
                        stay.addTerm(s, -1);
                        model.addLessOrEqual(stay, 1);
                        // ... and at most each of them, so that sleeps is exact: the shares of rule 8 count the other
                        // occupants with a negative sign, and a phantom occupant would lower a payer's charge.
                        model.addImplication(s, r.getValue());
                        LinearExprBuilder onlyIfStaying = LinearExpr.newBuilder().add(s);
                        options.forEach((option, lit) -> {
                            if (contains(option.nights(), night)) {
                                onlyIfStaying.addTerm(lit, -1);
                            }
                        });
                        model.addLessOrEqual(onlyIfStaying, 0);
                        sleeps = s;
                    }
                    occupancy.computeIfAbsent(roomFacts, k -> new TreeMap<>())
                            .computeIfAbsent(night, k -> new ArrayList<>()).add(new Occupancy(person, sleeps));
                }
            }
        }
        return occupancy;
    }

    // ---------------------------------------------------------------------- constraints, in detail

    /**
     * Rule 3 (a restriction): each room takes one label for the whole event, and a person may only use
     * a room whose label is one of theirs: their gender (F or M), their household, or for a person of gender X a
     * label shared only with someone they asked for and who asked for them. Everyone under one label may share with
     * everyone else under it, so every plan this allows keeps rule 3. It forbids a few legal plans: a room used by
     * women one night and men another, or an X person sharing with two mutual requesters at once.
     */
    private void shareByRoomLabels() {
        Map<Integer, Set<String>> labels = new HashMap<>();
        for (CompiledParticipant person : persons) {
            if (person.needsRoom()) {
                labels.put(person.index(), labelsOf(person));
            }
        }
        for (CompiledParticipant person : persons) {
            if (!person.needsRoom()) {
                continue;
            }
            for (Map.Entry<CompiledRoom, BoolVar> r : room.get(person.index()).entrySet()) {
                Map<String, BoolVar> roomLabels = labelVars.computeIfAbsent(r.getKey(), k -> new LinkedHashMap<>());
                LinearExprBuilder allowed = LinearExpr.newBuilder();
                for (String label : labels.get(person.index())) {
                    allowed.add(roomLabels.computeIfAbsent(label,
                            l -> model.newBoolVar("label[" + r.getKey().id() + "," + l + "]")));
                }
                model.addLessOrEqual(r.getValue(), allowed);
            }
        }
        labelVars.values().forEach(roomLabels -> model.addAtMostOne(List.copyOf(roomLabels.values()).toArray(new BoolVar[0])));
    }

    private Set<String> labelsOf(CompiledParticipant person) {
        return RoomSharing.labels(person.participant(), id -> problem.participant(id).participant());
    }

    /**
     * Rule 8. The exact share of a room-night (price × k / n, rounded per payer) is not linear, so it is over-estimated
     * (a restriction). A group of payers with k of the n occupants pays at most price × (1 − m / capacity) plus what
     * rounding adds, m = n − k being the others, because k / (k + m) ≤ 1 − m / capacity whenever k + m ≤ capacity (it
     * reduces to m × (capacity − k − m) ≥ 0). So a fund is charged at least (price + 1 cent) − ⌊price / capacity⌋ × m
     * when it has an occupant and nothing otherwise, and the total budget (everyone not self-funded) likewise with
     * price + ⌊capacity / 2⌋ cents (the most that per-payer rounding adds), or simply price + ⌊capacity / 2⌋ for an open
     * room-night where no self-funded person can sleep. Fares, visa fees and taxes are exact.
     */
    private void budget() {
        Map<String, Long> funds = problem.fundCents();
        Map<String, LinearExprBuilder> spentByFund = new HashMap<>();
        funds.keySet().forEach(f -> spentByFund.put(f, LinearExpr.newBuilder()));
        LinearExprBuilder spentInBudget = LinearExpr.newBuilder();
        for (CompiledParticipant person : persons) {
            if (!BudgetRule.countsInBudget(person.payer())) {
                continue;
            }
            LinearExprBuilder fund = spentByFund.get(person.payer());
            for (Map.Entry<TravelOption, BoolVar> option : travel.get(person.index()).entrySet()) {
                spentInBudget.addTerm(option.getValue(), option.getKey().personCents());
                if (fund != null) {
                    fund.addTerm(option.getValue(), option.getKey().personCents());
                }
            }
        }
        for (Map.Entry<CompiledRoom, Map<Integer, List<Occupancy>>> byRoom : occupancy.entrySet()) {
            CompiledRoom r = byRoom.getKey();
            for (Map.Entry<Integer, List<Occupancy>> night : byRoom.getValue().entrySet()) {
                Set<String> fundsHere = new LinkedHashSet<>();
                for (Occupancy o : night.getValue()) {
                    String payer = o.person().payer();
                    if (!BudgetRule.countsInBudget(payer)) {
                        continue;
                    }
                    spentInBudget.addTerm(o.sleeps(), r.taxCents());
                    if (spentByFund.containsKey(payer)) {
                        spentByFund.get(payer).addTerm(o.sleeps(), r.taxCents());
                        fundsHere.add(payer);
                    }
                }
                boolean anySelfFunded = night.getValue().stream()
                        .anyMatch(o -> !BudgetRule.countsInBudget(o.person().payer()));
                if (anySelfFunded) {
                    spentInBudget.add(charge(NOT_SELF_FUNDED, r, night.getKey(), night.getValue(), r.priceCents() + r.capacity() / 2));
                } else {
                    spentInBudget.addTerm(open.get(key(r, night.getKey())), r.priceCents() + r.capacity() / 2);
                }
                fundsHere.forEach(fund ->
                        spentByFund.get(fund).add(charge(fund, r, night.getKey(), night.getValue(), r.priceCents() + 1)));
            }
        }
        model.addLessOrEqual(spentInBudget, problem.budgetCents());
        funds.forEach((fund, amount) -> model.addLessOrEqual(spentByFund.get(fund), amount));
    }

    /**
     * What a group of payers (a fund, or everyone not self-funded) is charged for a room-night, at least its exact
     * shares: {@code full} (the price plus what rounding can add) when it has an occupant there, less
     * ⌊price / capacity⌋ per occupant outside the group, and nothing when it has none.
     */
    private IntVar charge(String group, CompiledRoom r, int night, List<Occupancy> occupants, long full) {
        String name = group + "," + r.id() + "," + night;
        BoolVar pays = model.newBoolVar("pays[" + name + "]");
        IntVar charge = model.newIntVar(0, full, "charge[" + name + "]");
        LinearExprBuilder members = LinearExpr.newBuilder();
        LinearExprBuilder atLeast = LinearExpr.newBuilder().addTerm(pays, full);
        for (Occupancy o : occupants) {
            if (inGroup(group, o.person())) {
                members.add(o.sleeps());
            } else {
                atLeast.addTerm(o.sleeps(), -(r.priceCents() / r.capacity()));
            }
        }
        model.addLessOrEqual(members, LinearExpr.term(pays, r.capacity()));
        model.addGreaterOrEqual(charge, atLeast);
        groupCharges.add(new GroupCharge(group, r, night, pays, charge, full));
        return charge;
    }

    private static boolean inGroup(String group, CompiledParticipant person) {
        return group.equals(NOT_SELF_FUNDED) ? BudgetRule.countsInBudget(person.payer()) : group.equals(person.payer());
    }

    /** Shuttle slots: a slot is paid once if any brought flyer arrives in it (exact). */
    private void arrivalSlots() {
        for (CompiledParticipant person : persons) {
            for (Map.Entry<TravelOption, BoolVar> option : travel.get(person.index()).entrySet()) {
                ShuttleSlot slot = option.getKey().arrivalSlot();
                if (slot == null) {
                    continue;
                }
                BoolVar used = shuttle.computeIfAbsent(slot, s -> {
                    BoolVar v = model.newBoolVar("shuttle[" + s.start() + "]");
                    objective.addTerm(v, problem.weightCents(SoftRule.ARRIVAL_SLOT));
                    return v;
                });
                model.addImplication(option.getValue(), used);
            }
        }
    }

    // ---------------------------------------------------------------------- solving

    /** What a solve gave: the plan's decisions (none without a solution), status, objective, bound and timings. */
    public record Outcome(List<Assignment> assignments, CpSolverStatus status, Double objective, double bound,
            Duration timeToFirstSolution, Duration wallTime, long priorityWeight, boolean roomWindows,
            int variables) {

        public boolean hasSolution() {
            return assignments != null;
        }
    }

    /**
     * Starts the search from a plan (e.g. the greedy's): a complete CP-SAT solution hint, the decisions (who is
     * brought, how and where) and every auxiliary variable that follows from them. A plan that breaks one of the model's
     * restrictions gives an infeasible hint, which CP-SAT then only follows as a search preference: asking it to repair
     * the hint was slower to a first solution (benchmarks/README.md, known limits).
     */
    private void hint(List<Assignment> assignments) {
        Map<Integer, Assignment> byPerson = new HashMap<>();
        for (Assignment assignment : assignments) {
            CompiledParticipant person = problem.participant(assignment.participant());
            if (person != null && brought.containsKey(person.index()) && assignment.brought()) {
                byPerson.put(person.index(), assignment);
            }
        }
        Set<Integer> done = new HashSet<>(); // a variable is hinted once (travel can be brought itself)
        BiConsumer<IntVar, Long> hint = (v, value) -> {
            if (done.add(v.getIndex())) {
                model.addHint(v, value);
            }
        };
        Map<Integer, TravelOption> chosen = new HashMap<>();
        for (CompiledParticipant person : persons) {
            int p = person.index();
            Assignment a = byPerson.get(p);
            hint.accept(brought.get(p), a == null ? 0L : 1L);
            travel.get(p).forEach((option, t) -> {
                boolean yes = a != null && Objects.equals(option.itineraryId(), a.itinerary());
                if (yes) {
                    chosen.put(p, option);
                }
                hint.accept(t, yes ? 1L : 0L);
            });
            if (room.containsKey(p)) {
                room.get(p).forEach((r, y) -> hint.accept(y, a != null && r.id().equals(a.room()) ? 1L : 0L));
            }
        }
        Map<Long, List<CompiledParticipant>> sleepers = new HashMap<>();
        occupancy.forEach((r, nights) -> nights.forEach((night, occupants) -> {
            for (Occupancy o : occupants) {
                Assignment a = byPerson.get(o.person().index());
                TravelOption option = chosen.get(o.person().index());
                boolean sleeps = a != null && option != null && r.id().equals(a.room()) && contains(option.nights(), night);
                hint.accept(o.sleeps(), sleeps ? 1L : 0L);
                if (sleeps) {
                    sleepers.computeIfAbsent(key(r, night), k -> new ArrayList<>()).add(o.person());
                }
            }
        }));
        open.forEach((k, v) -> hint.accept(v, sleepers.containsKey(k) ? 1L : 0L));
        labelVars.forEach((r, labels) -> {
            Set<String> common = null;
            for (CompiledParticipant person : persons) {
                Assignment a = byPerson.get(person.index());
                if (a != null && r.id().equals(a.room())) {
                    Set<String> own = labelsOf(person);
                    if (common == null) {
                        common = new LinkedHashSet<>(own);
                    } else {
                        common.retainAll(own);
                    }
                }
            }
            String label = common == null || common.isEmpty() ? null : common.iterator().next();
            labels.forEach((l, v) -> hint.accept(v, l.equals(label) ? 1L : 0L));
        });
        Set<ShuttleSlot> slots = new HashSet<>();
        chosen.values().forEach(option -> slots.add(option.arrivalSlot()));
        shuttle.forEach((slot, v) -> hint.accept(v, slots.contains(slot) ? 1L : 0L));
        for (GroupCharge c : groupCharges) {
            List<CompiledParticipant> there = sleepers.getOrDefault(key(c.room(), c.night()), List.of());
            long members = there.stream().filter(p -> inGroup(c.group(), p)).count();
            long others = there.size() - members;
            hint.accept(c.pays(), members > 0 ? 1L : 0L);
            hint.accept(c.charge(), members > 0
                    ? Math.max(0, c.full() - c.room().priceCents() / c.room().capacity() * others) : 0L);
        }
    }

    public Outcome solve(Duration timeLimit, int workers) {
        return solve(timeLimit, workers, false);
    }

    /** Stops at the first solution, or at the time limit. */
    public Outcome firstSolution(Duration timeLimit, int workers) {
        return solve(timeLimit, workers, true);
    }

    private Outcome solve(Duration timeLimit, int workers, boolean firstOnly) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0).setNumWorkers(workers)
                .setStopAfterFirstSolution(firstOnly)
                .setLogSearchProgress(Boolean.getBoolean("caravan.cpsat.log"));
        long start = System.nanoTime();
        long[] firstSolutionNanos = {-1};
        CpSolverSolutionCallback callback = new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                if (firstSolutionNanos[0] < 0) {
                    firstSolutionNanos[0] = System.nanoTime() - start;
                }
            }
        };
        CpSolverStatus status = solver.solve(model, callback);
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        List<Assignment> assignments = solved ? extract(solver) : null;
        double bound = status == CpSolverStatus.INFEASIBLE ? Double.POSITIVE_INFINITY : solver.bestObjectiveBound();
        return new Outcome(assignments, status, solved ? solver.objectiveValue() : null, bound,
                firstSolutionNanos[0] < 0 ? null : Duration.ofNanos(firstSolutionNanos[0]), wall, weight, roomWindows,
                model.model().getVariablesCount());
    }

    private List<Assignment> extract(CpSolver solver) {
        List<Assignment> assignments = new ArrayList<>();
        for (CompiledParticipant person : problem.participants()) {
            BoolVar isBrought = brought.get(person.index());
            if (isBrought == null || !solver.booleanValue(isBrought)) {
                assignments.add(Assignment.notBrought(person.id(), List.of()));
                continue;
            }
            TravelOption chosen = travel.get(person.index()).entrySet().stream()
                    .filter(e -> solver.booleanValue(e.getValue())).findFirst().orElseThrow().getKey();
            String roomId = null;
            if (person.needsRoom()) {
                roomId = room.get(person.index()).entrySet().stream().filter(e -> solver.booleanValue(e.getValue()))
                        .findFirst().orElseThrow().getKey().id();
            }
            assignments.add(new Assignment(person.id(), true, chosen.itineraryId(), roomId,
                    problem.nights().dates(chosen.stayMask()), false, false, null));
        }
        return assignments;
    }

    // ---------------------------------------------------------------------- the lexicographic weight

    /**
     * An upper bound on the money and penalties of any plan, in cents, so that W = ceiling + 1 makes one priority
     * point outweigh them all: the dearest option of everyone, every room-night of every block, the highest tax for
     * everyone's longest stay, and each penalty at its most (a person has at most (capacity − 1) roommates per night).
     */
    public static long costCeiling(CompiledProblem problem) {
        long maxCapacity = problem.rooms().stream().mapToLong(CompiledRoom::capacity).max().orElse(1);
        long maxTax = problem.rooms().stream().mapToLong(CompiledRoom::taxCents).max().orElse(0);
        long total = 0;
        long requests = 0;
        Set<String> delegations = new LinkedHashSet<>();
        Set<ShuttleSlot> slots = new LinkedHashSet<>();
        for (CompiledParticipant person : problem.participants()) {
            long dearest = person.cheapestFirst().stream().mapToLong(TravelOption::ownCents).max().orElse(0);
            long nights = person.cheapestFirst().stream().mapToLong(o -> o.nights().length).max().orElse(0);
            total += dearest + maxTax * nights + problem.weightCents(SoftRule.VIP_BELOW_STARS)
                    + (maxCapacity - 1) * nights * (problem.weightCents(SoftRule.NO_COMMON_LANGUAGE) + problem.weightCents(SoftRule.ROOMMATE_COUNTRY));
            requests += person.participant().roommateRequests().size();
            if (person.participant().delegation() != null) {
                delegations.add(person.participant().delegation());
            }
            person.cheapestFirst().forEach(o -> slots.add(o.arrivalSlot()));
        }
        for (CompiledRoom r : problem.rooms()) {
            total += r.priceCents() * r.blockNights();
        }
        total += requests * problem.weightCents(SoftRule.ROOMMATE_REQUEST_UNMET)
                + delegations.size() * (long) Math.max(0, problem.dataset().dataset().hotels().size() - 1) * problem.weightCents(SoftRule.DELEGATION_SPLIT)
                + slots.size() * problem.weightCents(SoftRule.ARRIVAL_SLOT);
        return total;
    }

    // ---------------------------------------------------------------------- helpers

    private static long occupancyTerms(CompiledProblem problem) {
        long terms = 0;
        for (CompiledParticipant person : problem.participants()) {
            if (person.bringable() && person.needsRoom()) {
                terms += (long) problem.rooms().size() * person.cheapestFirst().stream().mapToInt(o -> o.nights().length).max().orElse(0);
            }
        }
        return terms;
    }

    private int maxNights() {
        return problem.participants().stream().flatMap(p -> p.cheapestFirst().stream()).mapToInt(o -> o.nights().length).max().orElse(1);
    }

    private static Set<Integer> commonNights(CompiledParticipant person) {
        Set<Integer> common = null;
        for (TravelOption option : person.cheapestFirst()) {
            Set<Integer> nights = new TreeSet<>();
            for (int n : option.nights()) {
                nights.add(n);
            }
            if (common == null) {
                common = nights;
            } else {
                common.retainAll(nights);
            }
        }
        return common == null ? Set.of() : common;
    }

    private static boolean contains(int[] nights, int night) {
        for (int n : nights) {
            if (n == night) {
                return true;
            }
        }
        return false;
    }

    private static long key(CompiledRoom room, int night) {
        return (long) room.index() * 4096 + night;
    }

    private static LinearExpr sum(Collection<? extends BoolVar> literals) {
        LinearExprBuilder builder = LinearExpr.newBuilder();
        literals.forEach(builder::add);
        return builder.build();
    }
}
