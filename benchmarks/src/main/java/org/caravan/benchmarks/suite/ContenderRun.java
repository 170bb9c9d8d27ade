package org.caravan.benchmarks.suite;

import ai.timefold.solver.core.config.solver.SolverConfig;
import com.google.ortools.Loader;
import org.caravan.benchmarks.Referee;
import org.caravan.benchmarks.bound.BestBound;
import org.caravan.benchmarks.bound.CombinatorialBound;
import org.caravan.benchmarks.bound.CpSatRelaxation;
import org.caravan.benchmarks.bound.LpBound;
import org.caravan.benchmarks.cpsat.CpSatModel;
import org.caravan.benchmarks.greedy.PlannerGreedy;
import org.caravan.data.check.CheckReport;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.rules.Money;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.SolveProgress;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One cell of the suite, in a JVM of its own so that peak heap and RSS belong to one contender:
 * {@code ContenderRun <contender> <dataset> <seconds> <result.json> [<plan.json>]}. Contenders: {@code caravan}
 * (the engine's default configuration), {@code caravan:<alternative>}, {@code cp-sat}, {@code cp-sat-hinted} (started
 * from the greedy's plan), {@code greedy}, and {@code bound} (the best valid bound: the knapsack bound and CP-SAT on the
 * relaxation, given the same seconds).
 */
public final class ContenderRun {

    /** Where the alternative solver configurations live: {@code caravan:<name>} runs {@code <name>.xml}. */
    static final String ALTERNATIVES_PACKAGE = "org/caravan/benchmarks/solver/";

    /** CP-SAT gets the same two cores as the others. */
    static final int CP_SAT_WORKERS = 2;

    /** The system property of {@link #engine}'s random seed. */
    static final String RANDOM_SEED = "caravan.randomSeed";

    private ContenderRun() {
    }

    public static void main(String[] args) throws Exception {
        String contender = args[0];
        DatasetSpec spec = DatasetSpec.parse(args[1]);
        int seconds = Integer.parseInt(args[2]);
        Path resultFile = Path.of(args[3]);
        Path planFile = args.length > 4 ? Path.of(args[4]) : null;

        ValidDataset dataset = spec.load();
        // One-time process costs stay off every clock: OR-Tools unpacking its native library, and building the engine
        // (a service builds it once, not per solve). Each clock starts with the dataset read and validated in memory,
        // as a service keeps it.
        if (contender.equals("cp-sat") || contender.equals("bound")) {
            Loader.loadNativeLibraries();
        }
        // "caravan" is the engine as shipped (with its large-event search); an alternative runs at every size.
        PlanningEngine engine = contender.startsWith("caravan") ? engine(contender, Long.getLong(RANDOM_SEED))
                : null;
        long start = System.nanoTime();
        RunResult result = switch (contender) {
            case "greedy" -> greedy(spec, dataset, start, planFile);
            case "cp-sat" -> cpSat(spec, dataset, seconds, start, planFile, false);
            case "cp-sat-hinted" -> cpSat(spec, dataset, seconds, start, planFile, true);
            case "caravan" -> caravan(spec, dataset, engine, "caravan", seconds, start, planFile);
            case "bound" -> bound(spec, dataset, seconds, start);
            default -> {
                if (contender.startsWith("caravan:")) {
                    yield caravan(spec, dataset, engine, contender, seconds, start, planFile);
                }
                throw new IllegalArgumentException("Unknown contender " + contender
                        + "; expected caravan, caravan:<alternative>, cp-sat, greedy or bound");
            }
        };
        CaravanJson.write(resultFile, result);
        // CP-SAT's native threads may linger; the result is written.
        System.exit(0);
    }

    private static RunResult greedy(DatasetSpec spec, ValidDataset dataset, long start, Path planFile) throws Exception {
        Plan plan = Referee.plan(dataset, PlannerGreedy.plan(CompiledProblem.of(dataset)));
        long wall = millisSince(start);
        return judged(spec, dataset, "greedy", 0, plan, plan.feasible() ? wall : null, wall, null, "done", planFile);
    }

    /**
     * CP-SAT on {@link CpSatModel}; {@code hinted}: started from the greedy's plan (computed on the same clock), the way
     * an engineer would use it in practice.
     */
    private static RunResult cpSat(DatasetSpec spec, ValidDataset dataset, int seconds, long start, Path planFile,
            boolean hinted) throws Exception {
        CompiledProblem problem = CompiledProblem.of(dataset);
        CpSatModel model = new CpSatModel(problem, hinted ? PlannerGreedy.plan(problem) : null);
        String name = hinted ? "cp-sat-hinted" : "cp-sat";
        // The wall time covers building the model too: the solver gets what is left.
        long buildMs = millisSince(start);
        Duration left = Duration.ofSeconds(seconds).minusMillis(buildMs);
        CpSatModel.Outcome outcome = model.solve(left.isNegative() ? Duration.ofMillis(100) : left, CP_SAT_WORKERS);
        long wall = millisSince(start);
        String status = outcome.status() + (outcome.roomWindows() ? " (room windows)" : "") + ", "
                + outcome.variables() + " vars";
        if (!outcome.hasSolution()) {
            return new RunResult(spec.name(), dataset.dataset().participants().size(), name, seconds, null, null, null, null,
                    null, null, null, null, null, null, wall, null, Memory.heapPeakBytes(), Memory.rssPeakKb(), status,
                    null, null, null);
        }
        Long firstFeasible = outcome.timeToFirstSolution() == null ? null
                : buildMs + outcome.timeToFirstSolution().toMillis();
        Plan plan = Referee.plan(dataset, outcome.assignments());
        return judged(spec, dataset, name, seconds, plan, plan.feasible() ? firstFeasible : null, wall, null, status,
                planFile);
    }

    /**
     * Caravan on an engine built with one solver configuration. The first feasible plan is the first progress report
     * the engine calls feasible (its own score; the checker judges the final plan). The engine reports its first plan
     * at once, then every 200 ms at most, so the time to first feasible is accurate to that.
     */
    private static RunResult caravan(DatasetSpec spec, ValidDataset dataset, PlanningEngine engine, String name, int seconds,
            long start, Path planFile) throws Exception {
        AtomicLong firstFeasible = new AtomicLong(-1);
        AtomicLong speed = new AtomicLong(0);
        Plan plan;
        try (engine) {
            plan = engine.solve(dataset,
                    new SolveOptions(Duration.ofSeconds(seconds), null, false, null, Duration.ofMillis(200)),
                    (SolveProgress progress) -> {
                        if (progress.feasible()) {
                            firstFeasible.compareAndSet(-1, millisSince(start));
                        }
                        if (progress.last()) {
                            speed.set(progress.scoreCalculationSpeed());
                        }
                    }, java.time.Instant.now().minusNanos(System.nanoTime() - start)); // the engine's limit on this clock
        }
        long wall = millisSince(start);
        Plan judgedPlan = Referee.plan(dataset, plan.assignments());
        Long first = judgedPlan.feasible() ? (firstFeasible.get() < 0 ? wall : firstFeasible.get()) : null;
        String status = sameScore(plan.score(), judgedPlan.score()) ? "done"
                : "engine said " + plan.score() + ", checker " + judgedPlan.score();
        return judged(spec, dataset, name, seconds, judgedPlan, first, wall,
                speed.get() > 0 ? (double) speed.get() : null, status, planFile);
    }

    private static RunResult bound(DatasetSpec spec, ValidDataset dataset, int seconds, long start) {
        CompiledProblem problem = CompiledProblem.of(dataset);
        CombinatorialBound knapsack = new CombinatorialBound(problem);
        LpBound lp = new LpBound(problem);
        CpSatRelaxation relaxation = null;
        CpSatRelaxation.Proof outcome = null;
        String status = "knapsack and LP only (relaxation too big to build)";
        if (seconds > 0 && CpSatRelaxation.fits(problem)) {
            relaxation = new CpSatRelaxation(problem);
            // The bound is no contender: CP-SAT proves for the whole time, after the knapsack and the LP.
            outcome = relaxation.prove(Duration.ofSeconds(seconds), CP_SAT_WORKERS);
            status = "relaxation " + outcome.status() + " in " + outcome.wallTime().toMillis() + " ms, "
                    + outcome.variables() + " vars";
        }
        BestBound best = BestBound.of(knapsack, lp, relaxation, outcome);
        return new RunResult(spec.name(), dataset.dataset().participants().size(), "bound", seconds, null, null, null,
                knapsack.totalPriority() + best.mediumScore(), knapsack.totalPriority(), null, null, null, null, null,
                millisSince(start), null, Memory.heapPeakBytes(), Memory.rssPeakKb(), status, best.mediumScore(),
                Money.fromCents(best.leastCents()).doubleValue(), best.source() + (best.provenOptimal() ? " (optimal)" : ""));
    }

    private static RunResult judged(DatasetSpec spec, ValidDataset dataset, String contender, int seconds, Plan plan,
            Long firstFeasibleMs, long wallMs, Double scoreSpeed, String status, Path planFile) throws Exception {
        CheckReport report = Referee.judge(dataset, plan);
        if (planFile != null) {
            CaravanJson.write(planFile, plan);
        }
        long total = dataset.dataset().participants().stream().mapToLong(p -> p.priority()).sum();
        int brought = (int) plan.assignments().stream().filter(a -> a.brought()).count();
        BigDecimal penalties = report.penalties().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RunResult(spec.name(), dataset.dataset().participants().size(), contender, seconds, report.feasible(),
                report.hardScore(), report.mediumScore(), total + report.mediumScore(), total, brought,
                report.costs().total().doubleValue(), Money.fromCents(report.softCents()).doubleValue(),
                penalties.doubleValue(), firstFeasibleMs, wallMs, scoreSpeed, Memory.heapPeakBytes(),
                Memory.rssPeakKb(), status, null, null, null);
    }

    /**
     * The engine of a Caravan contender. With a random seed ({@code -Dcaravan.randomSeed=N}), the configuration runs on
     * that seed instead of Timefold's fixed one, so repeated cells show the run-to-run spread of a search rather than
     * of the machine's load alone; the shipped engine keeps its own choice of search by size
     * ({@link PlanningEngine#withRandomSeed}).
     */
    static PlanningEngine engine(String contender, @Nullable Long seed) {
        if (contender.equals("caravan")) {
            return seed == null ? new PlanningEngine() : PlanningEngine.withRandomSeed(seed);
        }
        SolverConfig config = SolverConfig.createFromXmlResource(configResource(contender));
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        return new PlanningEngine(config);
    }

    /** {@code caravan:<name>}: an alternative of this module, or any solver configuration resource when the name has a slash. */
    static String configResource(String contender) {
        String name = contender.substring("caravan:".length());
        return name.contains("/") ? name : ALTERNATIVES_PACKAGE + name + ".xml";
    }

    private static boolean sameScore(PlanScore a, PlanScore b) {
        return a != null && b != null && a.hard() == b.hard() && a.medium() == b.medium() && a.soft().compareTo(b.soft()) == 0;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
