package org.caravan.benchmarks;

import org.caravan.benchmarks.suite.DatasetSpec;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.explain.Recommendations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How long recommendations take and what they find, on a solved plan: {@code RecommendCommand DATASET
 * [--solve-seconds N] [--budget-seconds N] [--people N]}. Solves the dataset, then asks for the recommendations of
 * the first N people left out, each within the time budget; prints per person the time, the placements scored, and
 * whether a feasible placement or a swap was found, and last {@code recommend median-ms <n> max-ms <n>}.
 */
public final class RecommendCommand {

    private RecommendCommand() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: run.sh --recommend DATASET [--solve-seconds N] [--budget-seconds N] [--people N]");
            System.exit(2);
        }
        int solveSeconds = 20;
        int budgetSeconds = 3;
        int people = 5;
        for (int i = 1; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--solve-seconds" -> solveSeconds = Integer.parseInt(args[i + 1]);
                case "--budget-seconds" -> budgetSeconds = Integer.parseInt(args[i + 1]);
                case "--people" -> people = Integer.parseInt(args[i + 1]);
                default -> { }
            }
        }
        ValidDataset dataset = args[0].startsWith("gen:") || args[0].startsWith("file:") ? DatasetSpec.parse(args[0]).load()
                : DatasetSpec.file("dataset", Path.of(args[0])).load();
        try (PlanningEngine engine = new PlanningEngine()) {
            Plan plan = engine.solve(dataset, SolveOptions.forSeconds(solveSeconds), progress -> { });
            List<String> leftOut = plan.assignments().stream().filter(a -> !a.brought()).map(Assignment::participant)
                    .limit(people).toList();
            System.out.printf("dataset %s: %d participants, %d left out after %d s; budget %d s per recommendation%n",
                    args[0], plan.assignments().size(), plan.assignments().stream().filter(a -> !a.brought()).count(),
                    solveSeconds, budgetSeconds);
            long[] millis = new long[leftOut.size()];
            for (int i = 0; i < leftOut.size(); i++) {
                long start = System.nanoTime();
                Recommendations found = engine.recommend(dataset, plan, leftOut.get(i), 3,
                        Duration.ofSeconds(budgetSeconds), () -> false);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("%-8s %6d ms  scored %4d of %4d candidates%s  feasible %-5s  swap %-5s  %s%n",
                        leftOut.get(i), millis[i], found.evaluated(), found.candidates(),
                        found.cutShort() ? " (cut short)" : "", found.feasible(), found.swap() != null,
                        found.summary());
            }
            java.util.Arrays.sort(millis);
            System.out.printf("recommend median-ms %d max-ms %d%n", millis.length == 0 ? 0 : millis[millis.length / 2],
                    millis.length == 0 ? 0 : millis[millis.length - 1]);
        }
    }
}
