package org.caravan.benchmarks.suite;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private static RunResult plan(String contender, int seconds, boolean feasible, long medium, double soft) {
        return new RunResult("gen-50", 50, contender, seconds, feasible, 0L, medium, 100 + medium, 100L, 40, -soft, soft,
                0.0, 500L, 10_000, null, 1L, 1L, "done", null, null, null);
    }

    private static final RunResult BOUND = new RunResult("gen-50", 50, "bound", 30, null, null, null, 98L, 100L, null,
            null, null, null, null, 30_000, null, 1L, 1L, "relaxation", -2L, 900.0, "lp");

    @Test
    void aPlanBehindOnPriorityIsMeasuredInPriorityPoints() {
        RunResult behind = plan("greedy", 0, true, -5, -1000.0);

        assertThat(Report.mediumGap(behind, BOUND)).isEqualTo(3);
        assertThat(Report.moneyGapPercent(behind, BOUND)).isNull();
        assertThat(Report.gap(behind, BOUND)).isEqualTo("−3 priority");
    }

    @Test
    void aPlanAtTheBoundsPriorityIsMeasuredInMoney() {
        RunResult atBound = plan("caravan", 10, true, -2, -1000.0);

        assertThat(Report.moneyGapPercent(atBound, BOUND)).isEqualTo(10.0);
        assertThat(Report.gap(atBound, BOUND)).isEqualTo("10.00%");
    }

    @Test
    void anInfeasiblePlanHasNoGap() {
        assertThat(Report.gap(plan("cp-sat", 10, false, 0, -500.0), BOUND)).isEqualTo("infeasible");
    }

    @Test
    void rankingIsLexicographicFeasibleThenPriorityThenMoney() {
        List<RunResult> cell = List.of(plan("cp-sat", 10, true, -2, -1200.0), plan("greedy", 0, true, -5, -900.0),
                plan("caravan", 10, true, -2, -1000.0), plan("broken", 10, false, 0, -100.0));

        String ranking = Report.ranking(Map.of("gen-50", cell));

        assertThat(ranking).contains("**caravan** (-2 / -1,000.00) > **cp-sat** (-2 / -1,200.00) > **greedy**")
                .endsWith("**broken** (infeasible 0 / -100.00)\n\n");
    }

    @Test
    void writesTheCsvAndTheMarkdownWithTheGoals(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        Report.write(out, List.of(plan("caravan", 10, true, -2, -1000.0), plan("greedy", 0, true, -5, -900.0), BOUND),
                "quick", List.of(10));

        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(4);
        assertThat(Files.readString(out.resolve("report.md")))
                .contains("| caravan | 10 s | yes | 98 / 100 |", "## Goals",
                        "**met** — Caravan never behind CP-SAT or the greedy at equal time");
    }
}
