package org.caravan.api.cli;

import org.caravan.data.check.CostBreakdown;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.SolveProgress;
import org.caravan.data.validation.ValidDataset;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
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

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

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
        Dataset dataset = valid.dataset();
        Plan startFrom = from == null ? null : CaravanJson.readPlan(from);
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
                printProgress(printed, Duration.ofNanos(System.nanoTime() - started.get()), progress);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        Plan plan;
        try (PlanningEngine engine = new PlanningEngine()) {
            plan = engine.solve(valid, new SolveOptions(limit, startFrom, replan, null, progressEvery), progress -> {
                if (latest.getAndSet(progress) == null) {
                    started.set(System.nanoTime() - progress.elapsed().toNanos());
                    printProgress(printed, progress.elapsed(), progress);
                }
            });
        } finally {
            ticker.shutdownNow();
        }
        SolveProgress last = latest.get();
        printProgress(printed, last.elapsed(), last);
        PlanOutputs.write(valid, plan, out);
        printSummary(valid, plan, last, printed);
        printed.println("Written to " + out.toAbsolutePath());
        return plan.feasible() ? CaravanCli.OK : CaravanCli.INFEASIBLE;
    }

    private void requireAtLeastOne(String option, long value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "The option " + option + " (" + value + ") must be at least 1.");
        }
    }

    private static void printProgress(PrintWriter out, Duration elapsed, SolveProgress progress) {
        out.printf("[%5.1fs] %s  best %s  brought %d/%d  cost %s%n", elapsed.toMillis() / 1000.0,
                progress.feasible() ? "feasible  " : "INFEASIBLE", progress.score(), progress.brought(),
                progress.participants(), progress.totalCost().toPlainString());
    }

    private static void printSummary(ValidDataset dataset, Plan plan, SolveProgress last, PrintWriter out) {
        long brought = plan.assignments().stream().filter(Assignment::brought).count();
        out.println();
        out.printf("Plan: %s, score %s%n", plan.feasible() ? "feasible" : "INFEASIBLE", plan.score());
        out.printf("People brought: %d of %d%n", brought, plan.assignments().size());
        out.printf("Cost: %s (flights %s, rooms %s, taxes %s, visas %s)%n", plan.costs().total().toPlainString(),
                plan.costs().flights().toPlainString(), plan.costs().rooms().toPlainString(),
                plan.costs().taxes().toPlainString(), plan.costs().visas().toPlainString());
        CostBreakdown breakdown = CostBreakdown.of(dataset, plan);
        plan.costs().byFund().forEach((payer, amount) -> out.printf("  paid by %-12s %s%n", payer, amount.toPlainString()));
        if (breakdown.budgetLeft() != null) {
            out.printf("  budget left      %s%n", breakdown.budgetLeft().toPlainString());
        }
        breakdown.fundsLeft().forEach((fund, left) -> out.printf("  left in %-12s %s%n", fund, left.toPlainString()));
        Map<NotBroughtReason.Code, Integer> why = new TreeMap<>();
        for (Assignment assignment : plan.assignments()) {
            if (!assignment.brought() && assignment.whyNotBrought() != null && !assignment.whyNotBrought().isEmpty()) {
                why.merge(assignment.whyNotBrought().get(0).code(), 1, Integer::sum);
            }
        }
        if (!why.isEmpty()) {
            out.println("Not brought, by first reason: " + why);
        }
        Map<String, String> penalties = new LinkedHashMap<>();
        plan.penalties().forEach((key, amount) -> {
            if (amount.signum() != 0) {
                penalties.put(key, amount.toPlainString());
            }
        });
        out.println("Penalties: " + penalties);
        if (last != null && last.scoreCalculationSpeed() > 0) {
            out.printf("Score calculation speed: %d/s%n", last.scoreCalculationSpeed());
        }
    }
}
