package org.caravan.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The suite's report: {@code results.csv} (one row per cell) and {@code report.md} (a table per dataset, the gap of
 * every plan to the dataset's best bound, and the goals checked against the measurements).
 *
 * <p>Gap to the bound, lexicographically: a plan below the medium bound is behind by that many priority points (its
 * money is then not comparable); a plan at the medium bound has a money gap of (money − least money) / money, money
 * being −score.soft (cost plus penalties).
 */
public final class Report {

    private Report() {
    }

    public static String oneLine(RunResult r) {
        if (r.contender().equals("bound")) {
            return "medium ≤ %d, money ≥ %s (%s; %s)".formatted(r.boundMedium(), money(r.boundLeastCost()),
                    r.boundSource(), r.status());
        }
        if (r.feasible() == null) {
            return "no plan: " + r.status();
        }
        return "%s, score %d/%d/%s, first feasible %s, %s".formatted(r.feasible() ? "feasible" : "INFEASIBLE",
                r.hard(), r.medium(), money(r.soft()), ms(r.timeToFirstFeasibleMs()), r.status());
    }

    /** Medium points behind the bound (0 at the bound), or null when not comparable. */
    static Long mediumGap(RunResult r, RunResult bound) {
        if (bound == null || r.medium() == null || !Boolean.TRUE.equals(r.feasible())) {
            return null;
        }
        return bound.boundMedium() - r.medium();
    }

    /** Money gap in percent at the medium bound, or null when behind on priority or not comparable. */
    static Double moneyGapPercent(RunResult r, RunResult bound) {
        Long mediumGap = mediumGap(r, bound);
        if (mediumGap == null || mediumGap != 0 || r.soft() == null) {
            return null;
        }
        double money = -r.soft();
        return money <= 0 ? 0.0 : 100.0 * (money - bound.boundLeastCost()) / money;
    }

    static String gap(RunResult r, RunResult bound) {
        Long mediumGap = mediumGap(r, bound);
        if (mediumGap == null) {
            return r.feasible() == null ? "n/a" : Boolean.TRUE.equals(r.feasible()) ? "no bound" : "infeasible";
        }
        if (mediumGap > 0) {
            return "−" + mediumGap + " priority";
        }
        return String.format(Locale.ROOT, "%.2f%%", moneyGapPercent(r, bound));
    }

    public static void write(Path out, List<RunResult> results, String mode, List<Integer> times) throws IOException {
        Map<String, RunResult> bounds = new LinkedHashMap<>();
        results.stream().filter(r -> r.contender().equals("bound")).forEach(r -> bounds.put(r.dataset(), r));
        writeCsv(out.resolve("results.csv"), results, bounds);

        StringBuilder md = new StringBuilder();
        md.append("# Caravan benchmark report (").append(mode).append(")\n\n");
        md.append("- Date: ").append(ZonedDateTime.now().withNano(0)).append('\n');
        md.append("- Machine: ").append(Machine.describe()).append('\n');
        md.append("- Wall times: ").append(times).append(" s; every contender in its own JVM with ")
                .append("`-XX:ActiveProcessorCount=2`; CP-SAT with 2 workers; the greedy is one pass (its own time).\n");
        md.append("- Every plan judged by `PlanChecker`; score = hard/medium/soft, soft = −(cost + penalties).\n");
        md.append("- Gap: to the dataset's best bound (see `bound` row). `−k priority`: the plan brings k priority "
                + "points fewer than the bound allows; `x%`: at the bound's priority, money above the least possible.\n\n");

        Map<String, List<RunResult>> byDataset = new LinkedHashMap<>();
        results.forEach(r -> byDataset.computeIfAbsent(r.dataset(), d -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<RunResult>> dataset : byDataset.entrySet()) {
            RunResult bound = bounds.get(dataset.getKey());
            md.append("## ").append(dataset.getKey()).append(" (")
                    .append(dataset.getValue().get(0).participants()).append(" participants)\n\n");
            if (bound != null) {
                md.append("Best bound: priority brought ≤ ").append(bound.broughtPriority()).append(" of ")
                        .append(bound.totalPriority()).append(" (medium ≤ ").append(bound.boundMedium())
                        .append("), money at that priority ≥ ").append(money(bound.boundLeastCost())).append(" — ")
                        .append(bound.boundSource()).append("; ").append(bound.status()).append(".\n\n");
            }
            md.append("| contender | time | feasible | priority brought | people | total cost | soft | gap to bound "
                    + "| first feasible | score calc/s | heap peak | RSS peak | status |\n");
            md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (RunResult r : dataset.getValue()) {
                if (r.contender().equals("bound")) {
                    continue;
                }
                md.append("| ").append(r.contender()).append(" | ").append(r.seconds() == 0 ? "—" : r.seconds() + " s")
                        .append(" | ").append(r.feasible() == null ? "—" : r.feasible() ? "yes" : "**no**")
                        .append(" | ").append(r.broughtPriority() == null ? "—" : r.broughtPriority() + " / " + r.totalPriority())
                        .append(" | ").append(r.brought() == null ? "—" : r.brought())
                        .append(" | ").append(money(r.totalCost()))
                        .append(" | ").append(money(r.soft()))
                        .append(" | ").append(gap(r, bound))
                        .append(" | ").append(ms(r.timeToFirstFeasibleMs()))
                        .append(" | ").append(r.scoreCalculationSpeed() == null ? "—"
                                : String.format(Locale.ROOT, "%,.0f", r.scoreCalculationSpeed()))
                        .append(" | ").append(r.heapPeakBytes() == null ? "—" : r.heapPeakBytes() / (1024 * 1024) + " MB")
                        .append(" | ").append(r.rssPeakKb() == null ? "—" : r.rssPeakKb() / 1024 + " MB")
                        .append(" | ").append(r.status() == null ? "" : r.status().replace("|", "/"))
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append(ranking(byDataset));
        md.append(Goals.check(results, bounds));
        Files.writeString(out.resolve("report.md"), md.toString());
    }

    /**
     * Who leads, per dataset and wall time: the judged plans in lexicographic order (feasible, then medium, then soft),
     * the greedy (one pass) ranked in every time column.
     */
    static String ranking(Map<String, List<RunResult>> byDataset) {
        StringBuilder md = new StringBuilder("## Ranking at equal time\n\n");
        for (Map.Entry<String, List<RunResult>> dataset : byDataset.entrySet()) {
            List<Integer> times = dataset.getValue().stream().filter(r -> r.seconds() > 0 && !r.contender().equals("bound"))
                    .map(RunResult::seconds).distinct().sorted().toList();
            for (int seconds : times) {
                List<RunResult> cell = dataset.getValue().stream()
                        .filter(r -> !r.contender().equals("bound") && (r.seconds() == seconds || r.seconds() == 0))
                        .sorted(BETTER_FIRST).toList();
                md.append("- ").append(dataset.getKey()).append(", ").append(seconds).append(" s: ");
                for (int i = 0; i < cell.size(); i++) {
                    RunResult r = cell.get(i);
                    md.append(i == 0 ? "" : " > ").append("**").append(r.contender()).append("** (")
                            .append(r.feasible() == null ? "no plan" : (r.feasible() ? "" : "infeasible ")
                                    + r.medium() + " / " + money(r.soft())).append(')');
                }
                md.append('\n');
            }
        }
        return md.append('\n').toString();
    }

    private static void writeCsv(Path file, List<RunResult> results, Map<String, RunResult> bounds) throws IOException {
        StringBuilder csv = new StringBuilder("dataset,participants,contender,seconds,feasible,hard,medium,"
                + "brought_priority,total_priority,brought,total_cost,soft,penalties,gap_priority,gap_money_percent,"
                + "time_to_first_feasible_ms,wall_ms,score_calculation_speed,heap_peak_bytes,rss_peak_kb,status,"
                + "bound_medium,bound_least_cost,bound_source\n");
        for (RunResult r : results) {
            RunResult bound = bounds.get(r.dataset());
            List<Object> cells = List.of(r.dataset(), r.participants(), r.contender(), r.seconds(), opt(r.feasible()),
                    opt(r.hard()), opt(r.medium()), opt(r.broughtPriority()), opt(r.totalPriority()), opt(r.brought()),
                    opt(r.totalCost()), opt(r.soft()), opt(r.penalties()), opt(mediumGap(r, bound)),
                    opt(moneyGapPercent(r, bound)), opt(r.timeToFirstFeasibleMs()), r.wallMs(),
                    opt(r.scoreCalculationSpeed()), opt(r.heapPeakBytes()), opt(r.rssPeakKb()), quote(r.status()),
                    opt(r.boundMedium()), opt(r.boundLeastCost()), quote(r.boundSource()));
            csv.append(String.join(",", cells.stream().map(Object::toString).toList())).append('\n');
        }
        Files.writeString(file, csv.toString());
    }

    private static Object opt(Object value) {
        return value == null ? "" : value;
    }

    private static String quote(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "'") + "\"";
    }

    static String money(Double amount) {
        return amount == null ? "—" : String.format(Locale.ROOT, "%,.2f", amount);
    }

    static String ms(Long millis) {
        return millis == null ? "—" : millis < 10_000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Lexicographic order of judged plans: feasible first, then medium, then soft. */
    static final Comparator<RunResult> BETTER_FIRST = Comparator
            .comparing((RunResult r) -> !Boolean.TRUE.equals(r.feasible()))
            .thenComparing(r -> Optional.ofNullable(r.medium()).orElse(Long.MIN_VALUE), Comparator.reverseOrder())
            .thenComparing(r -> Optional.ofNullable(r.soft()).orElse(-Double.MAX_VALUE), Comparator.reverseOrder());

    static boolean atLeastAsGood(RunResult a, RunResult b) {
        return BETTER_FIRST.compare(a, b) <= 0 || Objects.equals(a.medium(), b.medium())
                && Objects.equals(a.feasible(), b.feasible()) && a.soft() != null && b.soft() != null
                && Math.abs(a.soft() - b.soft()) < 0.005;
    }
}
