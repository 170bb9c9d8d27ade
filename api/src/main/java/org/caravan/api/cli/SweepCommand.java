package org.caravan.api.cli;

import org.caravan.data.check.CheckReport;
import org.caravan.data.check.CostBreakdown;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.export.Csv;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
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
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
                "  curve.svg           people brought against the budget, for a donor report"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

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

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sweep-out", description = "Output folder (default ./${DEFAULT-VALUE}).")
    private Path out;

    /** One level of the curve, judged by the independent checker. */
    record Level(BigDecimal budget, long brought, long priorityBrought, long medium, BigDecimal soft, BigDecimal cost,
            BigDecimal left) {
    }

    @Override
    public Integer call() throws IOException {
        InputFiles.requireFile(spec, "dataset", datasetFile);
        ValidDataset valid = DatasetLoader.load(datasetFile);
        List<BigDecimal> levels = levels(valid.dataset().budget().total());
        PrintWriter printed = spec.commandLine().getOut();
        String currency = valid.dataset().event().currency() == null ? "" : " " + valid.dataset().event().currency();
        Files.createDirectories(out);
        List<Level> curve = new ArrayList<>();
        Plan below = null;
        try (PlanningEngine engine = new PlanningEngine()) {
            for (BigDecimal budget : levels) {
                ValidDataset level = DatasetValidator.valid(atBudget(valid.dataset(), budget));
                Plan plan = engine.solve(level, new SolveOptions(Duration.ofSeconds(seconds), below, false, null, null),
                        progress -> { });
                CaravanJson.write(out.resolve("plan-" + budget.stripTrailingZeros().toPlainString() + ".json"), plan);
                CheckReport report = PlanChecker.check(level, plan);
                Level point = new Level(budget, plan.assignments().stream().filter(Assignment::brought).count(),
                        priorityBrought(level, plan), report.mediumScore(), plan.score().soft(), report.costs().total(),
                        CostBreakdown.of(level, report).budgetLeft());
                curve.add(point);
                printed.printf("budget %14s%s: %4d brought, priority left out %4d, cost %s%s%n",
                        SolveSummary.amount(budget), currency, point.brought(), -point.medium(),
                        SolveSummary.amount(point.cost()), currency);
                below = plan;
            }
        }
        Csv.write(out.resolve("curve.csv"), csv(curve));
        Files.writeString(out.resolve("curve.svg"), svg(curve, currency.trim()));
        printed.println("Written to " + out.toAbsolutePath());
        return CaravanCli.OK;
    }

    private List<BigDecimal> levels(BigDecimal datasetBudget) {
        TreeSet<BigDecimal> levels = new TreeSet<>();
        if (budgets != null && (from != null || to != null)) {
            throw new ParameterException(spec.commandLine(), "Give --budgets or --from/--to, not both.");
        }
        if (budgets != null) {
            for (BigDecimal budget : budgets) {
                if (budget.signum() <= 0) {
                    throw new ParameterException(spec.commandLine(), "--budgets: " + budget + " is not a positive amount.");
                }
                levels.add(budget.setScale(2, RoundingMode.HALF_UP));
            }
        } else if (from != null && to != null) {
            if (from.signum() <= 0 || to.compareTo(from) < 0 || steps < 1) {
                throw new ParameterException(spec.commandLine(),
                        "--from must be positive, --to at least --from, and --steps at least 1.");
            }
            for (int i = 0; i < steps; i++) {
                BigDecimal share = steps == 1 ? from : from.add(to.subtract(from).multiply(BigDecimal.valueOf(i))
                        .divide(BigDecimal.valueOf(steps - 1L), 6, RoundingMode.HALF_UP));
                levels.add(datasetBudget.multiply(share).setScale(0, RoundingMode.HALF_UP).setScale(2));
            }
        } else {
            throw new ParameterException(spec.commandLine(), "Which levels? Give --budgets A,B,C or --from X --to Y --steps N.");
        }
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--seconds must be at least 1.");
        }
        return List.copyOf(levels);
    }

    /** The dataset at another total budget, its funds scaled in the same proportion unless they are kept. */
    private Dataset atBudget(Dataset dataset, BigDecimal budget) {
        BigDecimal total = dataset.budget().total();
        List<Fund> funds = keepFunds || total.signum() == 0 ? dataset.budget().funds()
                : dataset.budget().funds().stream().map(fund -> new Fund(fund.id(), fund.name(),
                        fund.amount().multiply(budget).divide(total, 2, RoundingMode.DOWN))).toList();
        return dataset.withBudget(new Budget(budget, funds));
    }

    private static long priorityBrought(ValidDataset dataset, Plan plan) {
        Map<String, Integer> priority = new java.util.HashMap<>();
        dataset.dataset().participants().forEach(p -> priority.put(p.id(), p.priority()));
        return plan.assignments().stream().filter(Assignment::brought)
                .mapToLong(a -> priority.getOrDefault(a.participant(), 0)).sum();
    }

    static String csv(List<Level> curve) {
        Csv csv = new Csv("budget", "brought", "medium", "soft", "cost", "left", "priority brought",
                "marginal cost per extra person");
        Level previous = null;
        for (Level level : curve) {
            BigDecimal marginal = null;
            if (previous != null && level.brought() > previous.brought()) {
                marginal = level.cost().subtract(previous.cost())
                        .divide(BigDecimal.valueOf(level.brought() - previous.brought()), 2, RoundingMode.HALF_UP);
            }
            csv.row(level.budget(), level.brought(), level.medium(), level.soft(), level.cost(), level.left(),
                    level.priorityBrought(), marginal);
            previous = level;
        }
        return csv.text();
    }

    /** People brought against the budget: a line with a dot and a label per level, axes and their names. */
    static String svg(List<Level> curve, String currency) {
        int width = 640;
        int height = 360;
        int left = 70;
        int bottom = 300;
        int top = 30;
        int right = 610;
        double minBudget = curve.get(0).budget().doubleValue();
        double maxBudget = curve.get(curve.size() - 1).budget().doubleValue();
        long maxBrought = curve.stream().mapToLong(Level::brought).max().orElse(1);
        long minBrought = curve.stream().mapToLong(Level::brought).min().orElse(0);
        double budgetSpan = Math.max(1, maxBudget - minBudget);
        double broughtSpan = Math.max(1, maxBrought - minBrought);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n"
                .formatted(width, height, width, height));
        svg.append("<title>People brought against the budget</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n".formatted(left, bottom, right, bottom));
        svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n".formatted(left, top, left, bottom));
        svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Budget%s</text>\n"
                .formatted((left + right) / 2, height - 10, currency.isEmpty() ? "" : " (" + currency + ")"));
        svg.append("<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">People brought</text>\n"
                .formatted((top + bottom) / 2, (top + bottom) / 2));
        StringBuilder points = new StringBuilder();
        for (Level level : curve) {
            double x = left + (curve.size() == 1 ? 0.5 : (level.budget().doubleValue() - minBudget) / budgetSpan) * (right - left);
            double y = bottom - (maxBrought == minBrought ? 0.5 : (level.brought() - minBrought) / broughtSpan) * (bottom - top);
            points.append("%.1f,%.1f ".formatted(x, y));
            svg.append("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f6f8b\"/>\n".formatted(x, y));
            svg.append("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>\n".formatted(x, y - 8, level.brought()));
            svg.append("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n"
                    .formatted(x, bottom + 16, SolveSummary.amount(level.budget()).replace(".00", "")));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1f6f8b\" stroke-width=\"2\" points=\"%s\"/>\n".formatted(points.toString().trim()));
        svg.append("</svg>\n");
        return svg.toString();
    }
}
