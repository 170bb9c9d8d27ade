package org.caravan.api.scenario;

import org.caravan.data.check.CheckReport;
import org.caravan.data.check.CostBreakdown;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Participant;
import org.caravan.data.export.Csv;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.scenario.ScenarioOverrides;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveControl;
import org.caravan.solver.SolveOptions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The budget curve: a dataset solved at several budget levels, in increasing order, each level starting from the best
 * plan of the level below. A plan of a smaller budget fits any bigger one, so the search at a bigger budget starts
 * where the smaller one ended and a bigger budget never brings fewer priority points. The command line's
 * {@code sweep} and the service's curve both run this; each level is judged by the independent checker.
 */
public final class BudgetCurve {

    private BudgetCurve() {
    }

    /**
     * One level of the curve.
     *
     * @param medium minus the priority left out
     * @param left the budget minus what payers other than SELF pay
     * @param marginalCostPerPerson the extra cost per extra person brought against the level below; null for the
     *         first level, or when no more people are brought
     */
    public record Level(BigDecimal budget, long brought, long priorityBrought, Map<Integer, Long> broughtByPriority,
            long medium, BigDecimal soft, BigDecimal cost, BigDecimal left, BigDecimal marginalCostPerPerson) {

        /** This level with its marginal cost against {@code below} (null below: the first level). */
        public Level above(Level below) {
            BigDecimal marginal = below == null || brought <= below.brought() ? null
                    : cost.subtract(below.cost()).divide(BigDecimal.valueOf(brought - below.brought()), 2, RoundingMode.HALF_UP);
            return new Level(budget, brought, priorityBrought, broughtByPriority, medium, soft, cost, left, marginal);
        }
    }

    /** A level and its plan, as it is solved. */
    public record Solved(Level level, Plan plan) {
    }

    /** The budget levels from {@code from} to {@code to} (shares of {@code budget}) in {@code steps}, to the unit. */
    public static List<BigDecimal> shares(BigDecimal budget, BigDecimal from, BigDecimal to, int steps) {
        if (from.signum() <= 0 || to.compareTo(from) < 0 || steps < 1) {
            throw new IllegalArgumentException("from must be positive, to at least from, and steps at least 1.");
        }
        TreeSet<BigDecimal> levels = new TreeSet<>();
        for (int i = 0; i < steps; i++) {
            BigDecimal share = steps == 1 ? from : from.add(to.subtract(from).multiply(BigDecimal.valueOf(i))
                    .divide(BigDecimal.valueOf(steps - 1L), 6, RoundingMode.HALF_UP));
            levels.add(budget.multiply(share).setScale(0, RoundingMode.HALF_UP).setScale(2));
        }
        return List.copyOf(levels);
    }

    /** Amounts as levels: increasing, each once, to the cent. */
    public static List<BigDecimal> amounts(List<BigDecimal> budgets) {
        TreeSet<BigDecimal> levels = new TreeSet<>();
        for (BigDecimal budget : budgets) {
            if (budget == null || budget.signum() <= 0) {
                throw new IllegalArgumentException(budget + " is not a positive amount.");
            }
            levels.add(budget.setScale(2, RoundingMode.HALF_UP));
        }
        return List.copyOf(levels);
    }

    /**
     * Solves every level in increasing order, each for {@code perLevel}, handing each level to {@code solved} as it
     * ends; a stop request on {@code control} ends the level being solved and skips the rest.
     */
    public static List<Level> run(PlanningEngine engine, ValidDataset base, List<BigDecimal> budgets, boolean keepFunds,
            Duration perLevel, SolveControl control, BiConsumer<ValidDataset, Solved> solved) {
        List<Level> curve = new ArrayList<>();
        Plan below = null;
        for (BigDecimal budget : budgets) {
            if (control.isStopRequested()) {
                break;
            }
            ValidDataset level = atBudget(base, budget, keepFunds);
            Plan plan = engine.solve(level, new SolveOptions(perLevel, below, false, control, null), progress -> { });
            Level point = level(level, plan, curve.isEmpty() ? null : curve.get(curve.size() - 1));
            curve.add(point);
            solved.accept(level, new Solved(point, plan));
            below = plan;
        }
        return List.copyOf(curve);
    }

    /** The dataset at another total budget, the funds scaled in proportion unless kept: a scenario of one override. */
    public static ValidDataset atBudget(ValidDataset base, BigDecimal budget, boolean keepFunds) {
        return ScenarioOverrides.atBudget(budget, keepFunds).applyTo(base);
    }

    static Level level(ValidDataset dataset, Plan plan, Level below) {
        CheckReport report = PlanChecker.check(dataset, plan);
        Map<String, Integer> priority = new HashMap<>();
        dataset.dataset().participants().forEach(p -> priority.put(p.id(), p.priority()));
        Map<Integer, Long> byPriority = new TreeMap<>();
        long brought = 0;
        long priorityBrought = 0;
        for (Assignment assignment : plan.assignments()) {
            if (assignment.brought() && priority.containsKey(assignment.participant())) {
                int p = priority.get(assignment.participant());
                byPriority.merge(p, 1L, Long::sum);
                brought++;
                priorityBrought += p;
            }
        }
        return new Level(dataset.dataset().budget().total(), brought, priorityBrought, byPriority, report.mediumScore(),
                report.score().soft(), report.costs().total(), CostBreakdown.of(dataset, report).budgetLeft(), null)
                .above(below);
    }

    /** Whether the plan brings everyone of the dataset with priority at least {@code minPriority}. */
    public static boolean bringsEveryone(ValidDataset dataset, Plan plan, int minPriority) {
        Map<String, Boolean> brought = new HashMap<>();
        plan.assignments().forEach(a -> brought.put(a.participant(), a.brought()));
        return dataset.dataset().participants().stream().filter(p -> p.priority() >= minPriority)
                .map(Participant::id).allMatch(id -> brought.getOrDefault(id, false));
    }

    /**
     * The smallest budget found to bring everyone with priority at least {@code minPriority}, by bisection between
     * {@code low} and {@code high} until they are less than {@code precision} apart. Each probe is a solve of
     * {@code perSolve}, started from the best plan of the biggest budget below it that was probed (it fits). The
     * answer is a budget at which a solve did bring them all; below {@code budget - precision} no solve did. A
     * search is a heuristic: a longer solve may bring them all for less, never the other way round at a probe.
     *
     * @param found false when even {@code high} does not bring them all (then {@code budget} is {@code high})
     */
    public record Threshold(int minPriority, boolean found, BigDecimal budget, BigDecimal precision, BigDecimal lowestFailing,
            int solves) {
    }

    public static Threshold threshold(PlanningEngine engine, ValidDataset base, int minPriority, BigDecimal low,
            BigDecimal high, BigDecimal precision, boolean keepFunds, Duration perSolve) {
        if (low.signum() < 0 || high.compareTo(low) <= 0 || precision.signum() <= 0) {
            throw new IllegalArgumentException("Give 0 <= low < high and a positive precision.");
        }
        TreeMap<BigDecimal, Plan> probed = new TreeMap<>();
        int solves = 0;
        BigDecimal failing = low;
        BigDecimal bringing = high;
        if (!probe(engine, base, high, minPriority, keepFunds, perSolve, probed)) {
            return new Threshold(minPriority, false, high, precision, high, 1);
        }
        solves++;
        while (bringing.subtract(failing).compareTo(precision) > 0) {
            BigDecimal middle = failing.add(bringing).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            solves++;
            if (probe(engine, base, middle, minPriority, keepFunds, perSolve, probed)) {
                bringing = middle;
            } else {
                failing = middle;
            }
        }
        return new Threshold(minPriority, true, bringing, bringing.subtract(failing), failing, solves);
    }

    private static boolean probe(PlanningEngine engine, ValidDataset base, BigDecimal budget, int minPriority,
            boolean keepFunds, Duration perSolve, TreeMap<BigDecimal, Plan> probed) {
        ValidDataset level = atBudget(base, budget, keepFunds);
        Map.Entry<BigDecimal, Plan> below = probed.lowerEntry(budget);
        Plan plan = engine.solve(level, new SolveOptions(perSolve, below == null ? null : below.getValue(), false, null,
                null), progress -> { });
        probed.put(budget, plan);
        return bringsEveryone(level, plan, minPriority);
    }

    /** The curve as CSV: {@code budget,brought,medium,soft,cost} first, one row a level, increasing budget. */
    public static String csv(List<Level> curve) {
        Csv csv = new Csv("budget", "brought", "medium", "soft", "cost", "left", "priority brought",
                "marginal cost per extra person");
        for (Level level : curve) {
            csv.row(level.budget(), level.brought(), level.medium(), level.soft(), level.cost(), level.left(),
                    level.priorityBrought(), level.marginalCostPerPerson());
        }
        return csv.text();
    }

    /** People brought against the budget: a line with a dot and a label per level, axes and their names. */
    public static String svg(List<Level> curve, String currency) {
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
                .formatted((left + right) / 2, height - 10, currency.isEmpty() ? "" : " (" + escape(currency) + ")"));
        svg.append("<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">People brought</text>\n"
                .formatted((top + bottom) / 2, (top + bottom) / 2));
        StringBuilder points = new StringBuilder();
        for (Level level : curve) {
            double x = left + (curve.size() == 1 ? 0.5 : (level.budget().doubleValue() - minBudget) / budgetSpan) * (right - left);
            double y = bottom - (maxBrought == minBrought ? 0.5 : (level.brought() - minBrought) / broughtSpan) * (bottom - top);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f6f8b\"/>\n", x, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>\n", x, y - 8, level.brought()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, bottom + 16, amount(level.budget()).replace(".00", "")));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1f6f8b\" stroke-width=\"2\" points=\"%s\"/>\n".formatted(points.toString().trim()));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An amount with thousands separated and two decimals: 162,480.00. */
    public static String amount(BigDecimal value) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
