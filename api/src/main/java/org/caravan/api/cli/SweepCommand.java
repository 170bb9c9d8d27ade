package org.caravan.api.cli;

import org.caravan.api.scenario.BudgetCurve;
import org.caravan.data.compare.Spread;
import org.caravan.data.export.Csv;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveControl;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sweep",
        description = {"Solves a dataset at several budget levels and writes the budget curve: what each euro buys.",
                "Levels are amounts (--budgets 160000,180000,200000) or shares of the dataset's budget "
                        + "(--from 0.7 --to 1.3 --steps 7). Each level starts from the best plan of the level below, "
                        + "so a bigger budget never brings fewer priority points; funds scale with the budget unless "
                        + "--keep-funds."},
        footerHeading = "%nWritten into DIR:%n",
        footer = {
                "  curve.csv           budget,brought,medium,soft,cost and more, one row a level, increasing budget",
                "  plan-<budget>.json  the plan of each level (e.g. plan-162000.json)",
                "  curve.svg           people brought against the budget, for a donor report",
                "  spread.csv          with --seeds K: medium and soft over K seeds per level, mean and 95%% interval"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset to sweep.")
    private Path datasetFile;

    @Option(names = "--budgets", split = ",", paramLabel = "A,B,C", description = "Budget amounts, in the event currency.")
    private List<BigDecimal> budgets;

    @Option(names = "--from", paramLabel = "X", description = "The lowest level, as a share of the dataset's budget (0.7).")
    private @Nullable BigDecimal from;

    @Option(names = "--to", paramLabel = "Y", description = "The highest level, as a share of the dataset's budget (1.3).")
    private @Nullable BigDecimal to;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "5", description = "Levels from --from to --to (default ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Solving time per level (default ${DEFAULT-VALUE}).")
    private long seconds;

    @Option(names = "--keep-funds", description = "Keep the funds' amounts; only the total budget changes.")
    private boolean keepFunds;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "1",
            description = "Solve the curve K times with different random seeds and write the spread of medium and soft "
                    + "per level (mean, 95%% confidence interval); each level keeps the best of the K plans (default ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--everyone-from-priority", paramLabel = "K",
            description = "Also find, by bisection on solves, the smallest budget that brings everyone with priority K or more.")
    private @Nullable Integer thresholdPriority;

    @Option(names = "--precision", paramLabel = "AMOUNT", defaultValue = "1000",
            description = "How close the bisection gets to that budget, in the event currency (default ${DEFAULT-VALUE}).")
    private BigDecimal precision;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sweep-out", description = "Output folder (default ./${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        InputFiles.requireFile(spec, "dataset", datasetFile);
        ValidDataset valid = DatasetLoader.load(datasetFile);
        List<BigDecimal> levels = levels(valid.dataset().budget().total());
        PrintWriter printed = spec.commandLine().getOut();
        String currency = valid.dataset().event().currency() == null ? "" : " " + valid.dataset().event().currency();
        Files.createDirectories(out);
        Duration perLevel = Duration.ofSeconds(seconds);
        List<List<BudgetCurve.Solved>> runs = new ArrayList<>();
        for (int seed = 0; seed < seeds; seed++) {
            List<BudgetCurve.Solved> run = new ArrayList<>();
            try (PlanningEngine engine = seed == 0 ? new PlanningEngine() : PlanningEngine.withRandomSeed(seed)) {
                BudgetCurve.run(engine, valid, levels, keepFunds, perLevel, new SolveControl(), (level, solved) -> run.add(solved));
            }
            runs.add(run);
        }
        List<BudgetCurve.Level> curve = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            BudgetCurve.Solved best = best(runs, i);
            BudgetCurve.Level point = best.level();
            curve.add(point);
            CaravanJson.write(out.resolve("plan-" + point.budget().stripTrailingZeros().toPlainString() + ".json"),
                    best.plan());
            printed.printf("budget %14s%s: %4d brought, priority left out %4d, cost %s%s%n",
                    SolveSummary.amount(point.budget()), currency, point.brought(), -point.medium(),
                    SolveSummary.amount(point.cost()), currency);
        }
        Csv.write(out.resolve("curve.csv"), BudgetCurve.csv(relinked(curve, runs)));
        Files.writeString(out.resolve("curve.svg"), BudgetCurve.svg(curve, currency.trim()));
        if (seeds > 1) {
            Csv.write(out.resolve("spread.csv"), spread(runs, printed));
        }
        if (thresholdPriority != null) {
            try (PlanningEngine engine = new PlanningEngine()) {
                BudgetCurve.Threshold threshold = BudgetCurve.threshold(engine, valid, thresholdPriority, BigDecimal.ZERO,
                        levels.get(levels.size() - 1), precision, keepFunds, perLevel);
                printed.println(threshold.found()
                        ? "Everyone with priority %d or more is brought from a budget of %s%s (within %s%s; %s%s did not; %d solves)."
                                .formatted(thresholdPriority, SolveSummary.amount(threshold.budget()), currency,
                                        SolveSummary.amount(threshold.precision()), currency,
                                        SolveSummary.amount(threshold.lowestFailing()), currency, threshold.solves())
                        : "Even %s%s does not bring everyone with priority %d or more."
                                .formatted(SolveSummary.amount(threshold.budget()), currency, thresholdPriority));
            }
        }
        printed.println("Written to " + out.toAbsolutePath());
        return CaravanCli.OK;
    }

    /** The best of the seeds' plans at one level: most priority brought, then the best soft score. */
    private static BudgetCurve.Solved best(List<List<BudgetCurve.Solved>> runs, int level) {
        return runs.stream().map(run -> run.get(level))
                .max(Comparator.comparingLong((BudgetCurve.Solved s) -> s.level().medium())
                        .thenComparing(s -> s.level().soft()))
                .orElseThrow();
    }

    /** The kept levels with their marginal cost against the kept level below (seeds may differ level to level). */
    private static List<BudgetCurve.Level> relinked(List<BudgetCurve.Level> curve,
            List<List<BudgetCurve.Solved>> runs) {
        if (runs.size() == 1) {
            return curve;
        }
        List<BudgetCurve.Level> linked = new ArrayList<>();
        for (BudgetCurve.Level level : curve) {
            linked.add(level.above(linked.isEmpty() ? null : linked.get(linked.size() - 1)));
        }
        return linked;
    }

    private static String spread(List<List<BudgetCurve.Solved>> runs, PrintWriter printed) {
        Csv csv = new Csv("budget", "seeds", "medium mean", "medium low", "medium high", "soft mean", "soft low", "soft high");
        for (int i = 0; i < runs.get(0).size(); i++) {
            int level = i;
            Spread medium = Spread.of(runs.stream().map(run -> run.get(level).level().medium()).toList());
            Spread soft = Spread.of(runs.stream().map(run -> run.get(level).level().soft()).toList());
            BigDecimal budget = runs.get(0).get(i).level().budget();
            csv.row(budget, medium.runs(), round(medium.mean()), round(medium.low()), round(medium.high()),
                    round(soft.mean()), round(soft.low()), round(soft.high()));
            printed.printf("budget %14s over %d seeds: medium %s (95%% %s to %s), soft %s (95%% %s to %s)%n",
                    SolveSummary.amount(budget), medium.runs(), round(medium.mean()), round(medium.low()),
                    round(medium.high()), round(soft.mean()), round(soft.low()), round(soft.high()));
        }
        return csv.text();
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private List<BigDecimal> levels(BigDecimal datasetBudget) {
        if (budgets != null && (from != null || to != null)) {
            throw new ParameterException(spec.commandLine(), "Give --budgets or --from/--to, not both.");
        }
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--seconds must be at least 1.");
        }
        if (seeds < 1) {
            throw new ParameterException(spec.commandLine(), "--seeds must be at least 1.");
        }
        if (thresholdPriority != null && (thresholdPriority < 1 || thresholdPriority > 5 || precision.signum() <= 0)) {
            throw new ParameterException(spec.commandLine(),
                    "--everyone-from-priority must be from 1 to 5, and --precision a positive amount.");
        }
        try {
            if (budgets != null) {
                return BudgetCurve.amounts(budgets);
            }
            if (from != null && to != null) {
                return BudgetCurve.shares(datasetBudget, from, to, steps);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (budgets != null ? "--budgets: " : "--from/--to/--steps: ")
                    + e.getMessage());
        }
        throw new ParameterException(spec.commandLine(), "Which levels? Give --budgets A,B,C or --from X --to Y --steps N.");
    }
}
