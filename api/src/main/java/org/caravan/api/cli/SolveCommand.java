package org.caravan.api.cli;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.SolveProgress;
import org.caravan.data.validation.ValidDataset;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

@Command(name = "solve",
        description = {"Solves a dataset and writes the plan and what hotels, airlines and shuttles need.",
                "DATASET is a caravan-dataset/1 file; an invalid one prints every problem with its JSON path and "
                        + "exits with 2."},
        footerHeading = "%nWritten into DIR:%n",
        footer = {
                "  plan.json               the plan (caravan-plan/1), with why each person left",
                "                          out was not brought",
                "  rooming-<hotel id>.csv  per hotel: room, nights, occupants",
                "  flights.csv             a manifest per flight segment",
                "  arrivals.csv            who lands when at the venue airport (shuttles)",
                "  departures.csv          who leaves when, back to the airport"})
final class SolveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset to solve.")
    private Path datasetFile;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "30",
            description = "Wall-clock solving time in seconds (default ${DEFAULT-VALUE}).")
    private long seconds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "plan-out",
            description = "Output folder (default ./${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--progress-seconds", paramLabel = "S", defaultValue = "2",
            description = "How often to print progress (default ${DEFAULT-VALUE}).")
    private long progressSeconds;

    @Option(names = "--from", paramLabel = "PLAN",
            description = "Start from an earlier plan (resume, or a re-plan after late changes).")
    private Path from;

    @Option(names = "--replan", description = "With --from: count every move away from that plan (minimal disruption).")
    private boolean replan;

    @Override
    public Integer call() throws IOException {
        requireAtLeastOne("--seconds", seconds);
        requireAtLeastOne("--progress-seconds", progressSeconds);
        InputFiles.requireFile(spec, "dataset", datasetFile);
        if (from != null) {
            InputFiles.requireFile(spec, "plan to start from", from);
        }
        if (replan && from == null) {
            throw new ParameterException(spec.commandLine(), "--replan needs --from PLAN: the published plan to stay close to.");
        }
        PrintWriter printed = spec.commandLine().getOut();
        ValidDataset valid = DatasetLoader.load(datasetFile);
        Plan startFrom = from == null ? null : CaravanJson.readPlan(from);
        Plan plan = solveAndWrite(valid, startFrom, replan, seconds, progressSeconds, out, printed);
        printed.println("Written to " + out.toAbsolutePath());
        return plan.feasible() ? CaravanCli.OK : CaravanCli.INFEASIBLE;
    }

    /**
     * Solves with progress lines against the limit, writes the plan and what hotels, airlines and shuttles need, and
     * prints the summary; {@code replan} does the same from a published plan (the re-plan of late changes).
     */
    static Plan solveAndWrite(ValidDataset valid, @Nullable Plan startFrom, boolean replan, long seconds,
            long progressSeconds, Path out, PrintWriter printed) throws IOException {
        Dataset dataset = valid.dataset();
        Duration limit = Duration.ofSeconds(seconds);
        Duration progressEvery = Duration.ofSeconds(progressSeconds);
        printed.printf("Solving %s: %d participants, %d hotels, %d itineraries, for %d s%n", dataset.event().name(),
                dataset.participants().size(), dataset.hotels().size(), dataset.flights().itineraries().size(), seconds);
        // The engine reports each new best plan; the terminal also hears every few seconds while none comes.
        AtomicReference<SolveProgress> latest = new AtomicReference<>();
        AtomicLong started = new AtomicLong();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress");
            thread.setDaemon(true);
            return thread;
        });
        long every = progressEvery.toMillis();
        ticker.scheduleAtFixedRate(() -> {
            SolveProgress progress = latest.get();
            if (progress != null) {
                printProgress(seconds, printed, Duration.ofNanos(System.nanoTime() - started.get()), progress);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        Plan plan;
        try (PlanningEngine engine = new PlanningEngine()) {
            plan = engine.solve(valid, new SolveOptions(limit, startFrom, replan, null, progressEvery), progress -> {
                if (latest.getAndSet(progress) == null) {
                    started.set(System.nanoTime() - progress.elapsed().toNanos());
                    printProgress(seconds, printed, progress.elapsed(), progress);
                }
            });
        } finally {
            ticker.shutdownNow();
        }
        SolveProgress last = latest.get();
        printProgress(seconds, printed, last.elapsed(), last);
        PlanOutputs.write(valid, plan, out).forEach(printed::println);
        printed.print(SolveSummary.of(valid, plan));
        if (last.scoreCalculationSpeed() > 0) {
            printed.printf("%nScore calculations per second: %d%n", last.scoreCalculationSpeed());
        }
        return plan;
    }

    private void requireAtLeastOne(String option, long value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "The option " + option + " (" + value + ") must be at least 1.");
        }
    }

    /** One line of progress: the time against the limit, and the best plan so far in a planner's words. */
    private static void printProgress(long seconds, PrintWriter out, Duration elapsed, SolveProgress progress) {
        out.printf("[%5.1fs of %ds] %s  brought %d/%d  priority left out %d  cost %s%n", elapsed.toMillis() / 1000.0,
                seconds, progress.feasible() ? "feasible  " : "INFEASIBLE", progress.brought(), progress.participants(),
                -progress.score().medium(), SolveSummary.amount(progress.totalCost()));
    }
}
