package org.caravan.benchmarks;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.caravan.benchmarks.suite.DatasetSpec;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What one score calculation costs in CPU time: the solver configuration runs a fixed number of score calculations
 * from the engine's first plan of a generated suite dataset, on the calling thread, with the configuration's fixed
 * random seed, so two builds of the rules do the very same search (the best score printed shows it) and their CPU
 * times compare even on a machine whose load changes, unlike a calculation speed over wall time.
 * <pre>
 *   java -cp CLASSPATH org.caravan.benchmarks.ScoreCalculationCost [--participants 2000] [--seed 2000]
 *       [--config org/caravan/solver/solverConfig.xml] [--calculations 400000] [--repetitions 3]
 * </pre>
 * One line per repetition; the first one carries the JIT's warm-up.
 */
public final class ScoreCalculationCost {

    private ScoreCalculationCost() {
    }

    public static void main(String[] args) {
        int participants = 2000;
        long seed = 2000;
        String config = PlanningEngine.DEFAULT_CONFIG;
        long calculations = 400_000;
        int repetitions = 3;
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--participants" -> participants = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--config" -> config = args[i + 1];
                case "--calculations" -> calculations = Long.parseLong(args[i + 1]);
                case "--repetitions" -> repetitions = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; the options are --participants, --seed, --config, --calculations and --repetitions");
            }
        }
        ValidDataset dataset = DatasetSpec.generated(participants, seed, null).load();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SolverFactory<Object> factory = SolverFactory.create(SolverConfig.createFromXmlResource(config)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(calculations)));
        SolutionManager<Object, ?> scores = SolutionManager.create(factory);
        for (int repetition = 0; repetition < repetitions; repetition++) {
            Object problem = PlanningEngine.firstPlanForBenchmark(dataset);
            Solver<Object> solver = factory.buildSolver();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            Object best = solver.solve(problem);
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            wall = System.nanoTime() - wall;
            System.out.printf("%s, %d participants, repetition %d: %.2f us of CPU per score calculation"
                            + " (%,d per CPU second), wall %.1f s, best %s%n", config, participants, repetition,
                    cpu / 1000.0 / calculations, calculations * 1_000_000_000L / cpu, wall / 1e9, scores.update(best));
        }
    }
}
