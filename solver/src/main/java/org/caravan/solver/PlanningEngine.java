package org.caravan.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.Plan;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.analysis.Explainer;
import org.caravan.solver.analysis.WhyNotBrought;
import org.caravan.solver.construction.GreedyPlacement;
import org.caravan.solver.construction.RevertCollateral;
import org.caravan.solver.construction.StartRepair;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.explain.Explanation;
import org.caravan.solver.explain.ParticipantExplanation;
import org.caravan.solver.explain.Recommendations;
import org.caravan.solver.mapping.CaravanProblem;
import org.caravan.solver.mapping.PlanWriter;
import org.caravan.solver.mapping.ProblemMapper;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Caravan's engine, in the public formats: validate and solve a dataset, explain a plan, recommend placements.
 * Plain Java; the service and the command line both stand on it. Thread-safe: one engine serves concurrent solves.
 */
public final class PlanningEngine implements AutoCloseable {

    public static final String DEFAULT_CONFIG = "org/caravan/solver/solverConfig.xml";
    /** The search for events above {@link #LARGE_EVENT} participants. */
    public static final String LARGE_EVENT_CONFIG = "org/caravan/solver/solverConfig-large.xml";
    /**
     * From this many participants on, the large-event search runs: ruin and recreate weighs every room of every
     * participant it takes out, which costs too much on thousands of rooms (benchmarks/README.md has the measurements).
     */
    public static final int LARGE_EVENT = 1_000;
    /**
     * The share of a re-plan's time limit kept from the start for its last stage, putting back the people the search
     * moved without need. Kept from the start and given to that stage even when the searches before it overran: it
     * used to get a share of whatever they left, which on a busy machine was nothing, so it never ran.
     */
    static final double REVERT_SHARE = 0.05;

    private final SolverFactory<CaravanSolution> search;
    private final SolverFactory<CaravanSolution> largeEventSearch;
    /**
     * The searches of a re-plan: the same moves, but a step is taken only when it does not make the plan worse, so
     * every move of a person must pay for its disruption on its own (or bring someone, or repair a hard rule) instead
     * of riding along a random walk that ends with one more person brought.
     */
    private final SolverFactory<CaravanSolution> replanSearch;
    private final SolverFactory<CaravanSolution> largeEventReplanSearch;
    /** The last step of a re-plan ({@link RevertCollateral}): no search, people put back where they were published. */
    private final SolverFactory<CaravanSolution> revertSearch;
    /** Runs the stages, {@link #parallelSolves()} at a time; a further one waits in its queue. */
    private final ExecutorService stages;
    /** The solvers running now, stopped when the engine closes. */
    private final Set<Solver<CaravanSolution>> running = ConcurrentHashMap.newKeySet();
    private final SolutionManager<CaravanSolution, HardMediumSoftLongScore> solutionManager;

    /** The shipped engine: the default search, and the large-event search from {@link #LARGE_EVENT} participants. */
    public PlanningEngine() {
        this(SolverConfig.createFromXmlResource(DEFAULT_CONFIG), SolverConfig.createFromXmlResource(LARGE_EVENT_CONFIG));
    }

    /** An engine with one search for every size. */
    public PlanningEngine(SolverConfig config) {
        this(config, null);
    }

    private PlanningEngine(SolverConfig config, @Nullable SolverConfig largeEventConfig) {
        this.search = SolverFactory.create(config);
        this.largeEventSearch = largeEventConfig == null ? search : SolverFactory.create(largeEventConfig);
        this.solutionManager = SolutionManager.create(search);
        this.replanSearch = SolverFactory.create(hillClimbing(config));
        this.largeEventReplanSearch = largeEventConfig == null ? replanSearch
                : SolverFactory.create(hillClimbing(largeEventConfig));
        this.revertSearch = SolverFactory.create(new SolverConfig(config)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new RevertCollateral())));
        AtomicInteger threads = new AtomicInteger();
        this.stages = Executors.newFixedThreadPool(parallelSolves(), work -> {
            Thread thread = new Thread(work, "caravan-solve-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The configuration with every local search taking only steps that do not make the plan worse. */
    private static SolverConfig hillClimbing(SolverConfig config) {
        SolverConfig copy = new SolverConfig(config);
        List<PhaseConfig> phases = new ArrayList<>();
        for (PhaseConfig phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig search) {
                phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(search.getMoveSelectorConfig())
                        .withAcceptorConfig(new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING)))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
            } else {
                phases.add(phase);
            }
        }
        return copy.withPhases(phases.toArray(PhaseConfig[]::new));
    }

    /**
     * How many solves one engine runs at the same time on this machine: one per processor. A further solve waits
     * inside the engine for one to end while its caller's clock runs, so whoever queues solves should run no more.
     */
    public static int parallelSolves() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The shipped engine with another random seed: the same search taking other random turns, to measure how much
     * of a difference between two plans is the search's own noise (a spread over seeds).
     */
    public static PlanningEngine withRandomSeed(long seed) {
        return new PlanningEngine(SolverConfig.createFromXmlResource(DEFAULT_CONFIG).withRandomSeed(seed),
                SolverConfig.createFromXmlResource(LARGE_EVENT_CONFIG).withRandomSeed(seed));
    }

    /** An engine on a solver configuration resource (benchmarks), optionally in another environment mode (tests). */
    public static PlanningEngine withConfig(String resource, @Nullable EnvironmentMode mode) {
        SolverConfig config = SolverConfig.createFromXmlResource(resource);
        if (mode != null) {
            config.setEnvironmentMode(mode);
        }
        return new PlanningEngine(config);
    }

    /** Solves the dataset until the time limit or a stop request, reporting each new best plan, and returns the best plan. */
    public Plan solve(ValidDataset dataset, SolveOptions options, Consumer<SolveProgress> listener) {
        return solve(dataset, options, listener, Instant.now());
    }

    /**
     * The same, with the time limit counted as wall time from {@code readAt} (when the caller began reading the
     * dataset) to the returned plan: mapping, the first plan and writing the plan are on the clock.
     */
    public Plan solve(ValidDataset dataset, SolveOptions options, Consumer<SolveProgress> listener, Instant readAt) {
        WallClock clock = new WallClock(readAt, options.timeLimit());
        long start = System.nanoTime();
        CaravanProblem problem = ProblemMapper.map(dataset, options.startFrom());
        if (options.startFrom() != null) {
            ProblemMapper.startFrom(problem, options.startFrom(), options.replan());
            if (options.replan()) {
                GreedyPlacement.placeRequired(problem.solution());
                StartRepair.fitMoneyAndSeats(problem.solution());
            }
        }
        GreedyPlacement.place(problem.solution());
        int version = options.startFrom() == null || options.startFrom().version() == null ? 1 : options.startFrom().version() + 1;
        Plan bookings = options.startFrom();
        listener.accept(progress(problem, problem.solution(), version, bookings, start, false, 0));

        // A report is a new best plan by the policy's weights, whatever weights the stage searches with.
        CaravanSolution best = problem.solution();
        HardMediumSoftLongScore firstScore = solutionManager.update(best);
        // The best plan by the policy's weights among those scored: each one reported and each stage's own best (by
        // the stage's weights, it can be worse than one the stage passed on the way). The plan returned is this one,
        // so never worse than a report. Scoring is a full calculation: it is done at most once per progress interval.
        AtomicReference<CaravanSolution> kept = new AtomicReference<>(best);
        AtomicReference<HardMediumSoftLongScore> keptScore = new AtomicReference<>(firstScore);
        Predicate<CaravanSolution> keep = solution -> {
            HardMediumSoftLongScore score = solutionManager.update(solution);
            if (score.compareTo(keptScore.get()) <= 0) {
                return false;
            }
            keptScore.set(score);
            kept.set(solution);
            return true;
        };
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        Consumer<CaravanSolution> report = solution -> {
            long now = System.nanoTime();
            if (now - lastReport.get() >= options.progressInterval().toNanos() && keep.test(solution)) {
                lastReport.set(now);
                listener.accept(progress(problem, solution, version, bookings, start, false, 0));
            }
        };
        var policy = best.getPolicy();
        Duration revertSlot = options.replan()
                ? Duration.ofMillis((long) (options.timeLimit().toMillis() * REVERT_SHARE)) : Duration.ZERO;
        long calculations = 0;
        long solvingNanos = 0;
        if (MoneyFirst.worthwhile(best)) {
            Duration left = clock.left(Instant.now(), revertSlot);
            TerminationConfig termination = MoneyFirst.termination(left);
            Stage stage = stage(best.withPolicy(MoneyFirst.policy(policy)), termination, options.control(),
                    solution -> report.accept(solution.withPolicy(policy)), options.replan());
            calculations += stage.calculations();
            solvingNanos += stage.nanos();
            // The second stage goes on from the better of the two by the policy's weights: the first stage pays off
            // only when it brings more people, and otherwise gave up comfort for money.
            CaravanSolution moneyFirst = stage.best().withPolicy(policy);
            keep.test(moneyFirst);
            best = kept.get();
        }
        if (!options.control().isStopRequested()) {
            Stage stage = stage(best, new TerminationConfig().withSpentLimit(clock.left(Instant.now(), revertSlot)),
                    options.control(), report, options.replan());
            keep.test(stage.best());
            best = kept.get();
            calculations += stage.calculations();
            solvingNanos += stage.nanos();
        }
        if (options.replan() && !options.control().isStopRequested()) {
            Duration left = clock.left(Instant.now(), Duration.ZERO);
            best = stage(revertSearch, best, new TerminationConfig().withSpentLimit(left.compareTo(revertSlot) > 0 ? left : revertSlot),
                    options.control(), report).best();
        }
        long speed = solvingNanos == 0 ? 0 : calculations * 1_000_000_000L / solvingNanos;
        SolveProgress last = progress(problem, best, version, bookings, start, true, speed);
        listener.accept(last);
        return last.plan();
    }

    /** What a stage of the search ends with, and what it took. */
    private record Stage(CaravanSolution best, long calculations, long nanos) {
    }

    /** One run of the solver from {@code problem} for at most {@code limit}, reporting each new best solution. */
    private Stage stage(CaravanSolution problem, TerminationConfig limit, SolveControl control,
            Consumer<CaravanSolution> onBest, boolean replan) {
        boolean large = problem.getParticipants().size() >= LARGE_EVENT;
        var factory = replan ? (large ? largeEventReplanSearch : replanSearch) : (large ? largeEventSearch : search);
        return stage(factory, problem, limit, control, onBest);
    }

    /**
     * A solver of its own for the stage, run on the engine's threads; each new best solution is handed to
     * {@code onBest} on the solver's thread, and a stop request ends the solver early.
     */
    private Stage stage(SolverFactory<CaravanSolution> factory, CaravanSolution problem, TerminationConfig limit,
            SolveControl control, Consumer<CaravanSolution> onBest) {
        long begin = System.nanoTime();
        Solver<CaravanSolution> solver = factory.buildSolver(new SolverConfigOverride<CaravanSolution>().withTerminationConfig(limit));
        solver.addEventListener(event -> {
            // A stop requested while the solver was starting (which resets its early termination) ends it here.
            if (control.isStopRequested()) {
                solver.terminateEarly();
            }
            onBest.accept(event.getNewBestSolution());
        });
        Future<CaravanSolution> run = stages.submit(() -> {
            if (control.isStopRequested()) {
                return problem;
            }
            running.add(solver);
            try {
                return solver.solve(problem);
            } finally {
                running.remove(solver);
            }
        });
        control.onStop(solver::terminateEarly);
        try {
            CaravanSolution best = run.get();
            return new Stage(best, scoreCalculations(solver), System.nanoTime() - begin);
        } catch (InterruptedException e) {
            solver.terminateEarly();
            run.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The solve was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The solver failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * How many scores the solver calculated, for the progress's speed. Only the solver's implementation counts them
     * (the API's count is on a solver manager's job, whose best-solution events the stack rules avoid); 0 when it is
     * another.
     */
    private static long scoreCalculations(Solver<CaravanSolution> solver) {
        return solver instanceof DefaultSolver<CaravanSolution> counting ? counting.getScoreCalculationCount() : 0L;
    }

    private SolveProgress progress(CaravanProblem problem, CaravanSolution solution, int version, @Nullable Plan bookings,
            long startNanos, boolean last, long speed) {
        Plan plan = toPlan(problem, solution, version, bookings, last);
        int brought = (int) solution.getParticipants().stream().filter(Participant::isBrought).count();
        return new SolveProgress(plan.score(), plan.feasible(), brought, solution.getParticipants().size(),
                plan.costs().total(), Duration.ofNanos(System.nanoTime() - startNanos), plan, last, speed);
    }

    /**
     * The plan in the public format. Why people were left out is worked out for the final plan only: it weighs every
     * room for every person left out, too slow to repeat on each progress report of a large event.
     */
    private Plan toPlan(CaravanProblem problem, CaravanSolution solution, int version, @Nullable Plan bookings, boolean last) {
        HardMediumSoftLongScore score = solutionManager.update(solution);
        Function<Participant, List<NotBroughtReason>> whyNotBrought = last ? new WhyNotBrought(problem, solution) : participant -> List.of();
        return PlanWriter.write(problem, solution, score, version, bookings, whyNotBrought);
    }

    /**
     * The planning problem of a dataset with the engine's first plan, for Timefold's Benchmarker to compare solver
     * configurations from. It is the solver's own model, handed over as an opaque object: only the Benchmarker reads it.
     */
    public static Object firstPlanForBenchmark(ValidDataset dataset) {
        CaravanProblem problem = ProblemMapper.map(dataset);
        GreedyPlacement.place(problem.solution());
        return problem.solution();
    }

    /** The score of the plan, rule by rule, with a justification per match. */
    public Explanation explain(ValidDataset dataset, Plan plan) {
        return explainer(dataset, plan).explain();
    }

    public ParticipantExplanation explainParticipant(ValidDataset dataset, Plan plan, String participantId) {
        return explainer(dataset, plan).explainParticipant(participantId);
    }

    /**
     * The best few placements for one participant (e.g. a late registration, or someone left out), feasible ones
     * first, and the best swap when none brings them; the plan is not changed. The search stops when the time
     * budget runs out or {@code cancelled} says so (the caller left), and says so.
     */
    public Recommendations recommend(ValidDataset dataset, Plan plan, String participantId, int limit, Duration budget,
            BooleanSupplier cancelled) {
        return recommend(dataset, plan, participantId, limit, budget, cancelled, WrittenLanguage.EN);
    }

    /** The same recommendations, their summary, notes and swap written in this language. */
    public Recommendations recommend(ValidDataset dataset, Plan plan, String participantId, int limit, Duration budget,
            BooleanSupplier cancelled, WrittenLanguage language) {
        return explainer(dataset, plan).recommend(participantId, limit, budget, cancelled, language);
    }

    private Explainer explainer(ValidDataset dataset, Plan plan) {
        CaravanProblem problem = ProblemMapper.map(dataset, plan);
        ProblemMapper.startFrom(problem, plan, false);
        return new Explainer(problem, dataset, plan, solutionManager);
    }


    @Override
    public void close() {
        running.forEach(Solver::terminateEarly);
        stages.shutdown();
    }
}
