package org.caravan.benchmarks;

import org.caravan.benchmarks.bound.CombinatorialBound;
import org.caravan.benchmarks.bound.CpSatRelaxation;
import org.caravan.benchmarks.bound.LpBound;
import org.caravan.benchmarks.suite.DatasetSpec;
import org.caravan.benchmarks.suite.Memory;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.validation.ValidDataset;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The best valid bound on medium (minus the priority every plan leaves out) for one dataset:
 * {@code BoundCommand DATASET [--mip-seconds N] [--cp-sat-seconds N]}, DATASET a dataset file or a suite word
 * ({@code gen:<name>:<n>:<seed>:<coverage>}). Prints each bound with its time, the heap and resident peaks, and last
 * {@code bound medium <n>}. Every bound printed is valid on its own, so the best is the lowest (closest to zero is the
 * weakest).
 */
public final class BoundCommand {

    private BoundCommand() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: run.sh --bound DATASET [--mip-seconds N] [--cp-sat-seconds N]");
            System.exit(2);
        }
        int mipSeconds = 30;
        int cpSatSeconds = 0;
        for (int i = 1; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--mip-seconds" -> mipSeconds = Integer.parseInt(args[i + 1]);
                case "--cp-sat-seconds" -> cpSatSeconds = Integer.parseInt(args[i + 1]);
                default -> { }
            }
        }
        long start = System.nanoTime();
        ValidDataset dataset = args[0].startsWith("gen:") || args[0].startsWith("file:") ? DatasetSpec.parse(args[0]).load()
                : DatasetSpec.file("dataset", Path.of(args[0])).load();
        CompiledProblem problem = CompiledProblem.of(dataset);
        System.out.printf("dataset %s (%d participants, total priority %d), read and compiled in %d ms%n", args[0],
                problem.participants().size(), new CombinatorialBound(problem).totalPriority(), millisSince(start));

        long t = System.nanoTime();
        CombinatorialBound knapsack = new CombinatorialBound(problem);
        long best = knapsack.mediumScoreBound();
        System.out.printf("knapsack  medium %d  (%d ms)%n", knapsack.mediumScoreBound(), millisSince(t));

        t = System.nanoTime();
        LpBound lp = new LpBound(problem);
        best = Math.min(best, lp.mediumScoreBound());
        System.out.printf("lp        medium %d  (%d ms: %s)%n", lp.mediumScoreBound(), millisSince(t), lp.describe());

        if (mipSeconds > 0) {
            LpBound.MipProof mip = lp.mip(Duration.ofSeconds(mipSeconds));
            best = Math.min(best, mip.mediumScore());
            String proof = mip.optimal() ? "proven optimal"
                    : mip.status().equals("FEASIBLE") ? "dual bound at the time limit"
                    : "no MIP solution in the time, so no dual bound read: the LP's stands";
            System.out.printf("mip       medium %d  (%d ms, SCIP %s, %s; %s)%n", mip.mediumScore(), mip.millis(),
                    mip.status(), proof, mip.model());
        }
        if (cpSatSeconds > 0 && CpSatRelaxation.fits(problem)) {
            t = System.nanoTime();
            CpSatRelaxation relaxation = new CpSatRelaxation(problem);
            CpSatRelaxation.Proof proof = relaxation.prove(Duration.ofSeconds(cpSatSeconds), 2);
            long leftOut = Math.floorDiv((long) Math.floor(proof.bound()), relaxation.priorityWeight());
            long medium = -(leftOut + relaxation.unbringablePriority());
            best = Math.min(best, medium);
            System.out.printf("cp-sat    medium %d  (%d ms, %s)%n", medium, millisSince(t), proof.status());
        }
        // GLOP and SCIP keep their models outside the Java heap: the resident set's peak includes them.
        Long rss = Memory.rssPeakKb();
        System.out.printf("total %d ms, heap peak %d MB, resident peak %s MB%n", millisSince(start),
                Memory.heapPeakBytes() / (1024 * 1024), rss == null ? "?" : String.valueOf(rss / 1024));
        System.out.println("bound medium " + best);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
