package org.caravan.benchmarks.suite;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The goals of the issue, checked against the measurements (never asserted in unit tests). A goal without the
 * measurements it needs in this run says so.
 */
final class Goals {

    private static final long FOUR_GB = 4L * 1024 * 1024 * 1024;

    private Goals() {
    }

    static String check(List<RunResult> results, Map<String, RunResult> bounds) {
        StringBuilder md = new StringBuilder("## Goals\n\n");
        List<RunResult> caravan = results.stream().filter(r -> r.contender().equals("caravan")).toList();

        // Flagship: first feasible plan within 2 s.
        Optional<Long> flagshipFirst = caravan.stream().filter(r -> r.dataset().equals("flagship"))
                .map(RunResult::timeToFirstFeasibleMs).filter(Objects::nonNull).min(Long::compare);
        line(md, flagshipFirst.map(t -> t <= 2000), "Flagship: first feasible plan within 2 s",
                flagshipFirst.map(t -> "first feasible after " + Report.ms(t)).orElse("no feasible Caravan plan measured"));

        // Never behind CP-SAT or the greedy at equal time.
        StringBuilder behind = new StringBuilder();
        int compared = 0;
        for (RunResult c : caravan) {
            for (RunResult other : results) {
                boolean peer = other.dataset().equals(c.dataset()) && (other.contender().equals("greedy")
                        || other.contender().startsWith("cp-sat") && other.seconds() == c.seconds());
                if (!peer) {
                    continue;
                }
                compared++;
                if (!Report.atLeastAsGood(c, other)) {
                    behind.append(String.format(Locale.ROOT, "%s %d s behind %s (%s vs %s); ", c.dataset(),
                            c.seconds(), other.contender(), score(c), score(other)));
                }
            }
        }
        line(md, compared == 0 ? Optional.empty() : Optional.of(behind.isEmpty()),
                "Caravan never behind CP-SAT or the greedy at equal time",
                behind.isEmpty() ? compared + " comparisons, none behind" : behind.toString());

        // 300 participants: within 1% of the best bound at 60 s.
        goalWithinBound(md, caravan, bounds, 300, 60, 1.0, "300 participants: within 1% of the best bound at 60 s");
        // 50 participants: within 0.1% of CP-SAT's proven optimum in 10 s.
        goalWithinBound(md, caravan, bounds, 50, 10, 0.1, "50 participants: within 0.1% of CP-SAT's proven optimum in 10 s");

        // 10,000 participants: feasible within 120 s with at most 4 GB of heap.
        Optional<RunResult> huge = caravan.stream().filter(r -> r.participants() >= 10_000)
                .filter(r -> r.timeToFirstFeasibleMs() != null).min((a, b) -> Long.compare(a.timeToFirstFeasibleMs(), b.timeToFirstFeasibleMs()));
        line(md, huge.map(r -> r.timeToFirstFeasibleMs() <= 120_000 && r.heapPeakBytes() != null && r.heapPeakBytes() <= FOUR_GB),
                "10,000 participants: feasible within 120 s with a heap of at most 4 GB",
                huge.map(r -> "first feasible after " + Report.ms(r.timeToFirstFeasibleMs()) + ", heap peak "
                        + r.heapPeakBytes() / (1024 * 1024) + " MB, RSS peak " + r.rssPeakKb() / 1024 + " MB")
                        .orElse(caravan.stream().anyMatch(r -> r.participants() >= 10_000)
                                ? "no feasible plan at 10,000" : "not measured in this run"));

        // At least 50,000 score calculations per second at 300 participants.
        Optional<Double> speed = caravan.stream().filter(r -> r.participants() == 300)
                .map(RunResult::scoreCalculationSpeed).filter(Objects::nonNull).max(Double::compare);
        line(md, speed.map(s -> s >= 50_000), "At least 50,000 score calculations per second at 300 participants",
                speed.map(s -> String.format(Locale.ROOT, "%,.0f per second", s))
                        .orElse("the engine reported no score calculation speed"));
        return md.toString();
    }

    private static void goalWithinBound(StringBuilder md, List<RunResult> caravan, Map<String, RunResult> bounds,
            int participants, int seconds, double percent, String goal) {
        List<RunResult> cells = caravan.stream().filter(r -> r.participants() == participants && r.seconds() == seconds)
                .toList();
        if (cells.isEmpty()) {
            line(md, Optional.empty(), goal, "not measured in this run");
            return;
        }
        StringBuilder text = new StringBuilder();
        boolean met = true;
        for (RunResult r : cells) {
            RunResult bound = bounds.get(r.dataset());
            Long mediumGap = Report.mediumGap(r, bound);
            Double moneyGap = Report.moneyGapPercent(r, bound);
            boolean ok = mediumGap != null && mediumGap == 0 && moneyGap != null && moneyGap <= percent;
            met &= ok;
            text.append(r.dataset()).append(": ").append(Report.gap(r, bound))
                    .append(bound == null ? "" : " (bound: " + bound.boundSource() + ")").append("; ");
        }
        line(md, Optional.of(met), goal, text.toString());
    }

    private static String score(RunResult r) {
        return r.feasible() == null ? "no plan" : (r.feasible() ? "" : "infeasible ") + r.medium() + "/" + Report.money(r.soft());
    }

    private static void line(StringBuilder md, Optional<Boolean> met, String goal, String measured) {
        md.append("- ").append(met.map(m -> m ? "**met**" : "**missed**").orElse("not measured")).append(" — ")
                .append(goal).append(": ").append(measured).append('\n');
    }
}
