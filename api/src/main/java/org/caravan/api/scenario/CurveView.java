package org.caravan.api.scenario;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A budget curve: its status, the levels solved so far (increasing budget) and, for a chart, the same figures as
 * parallel arrays. {@code threshold} is there once found, when it was asked for.
 */
public record CurveView(long id, long datasetId, int datasetVersion,
        @Schema(description = "QUEUED, RUNNING, DONE or FAILED") String status,
        CurveRequest request, List<BudgetCurve.Level> levels, Chart chart, BudgetCurve.Threshold threshold,
        String error, OffsetDateTime createdAt, OffsetDateTime finishedAt, String createdBy) {

    /** The curve as a chart library takes it: one array per series, one entry per level. */
    public record Chart(List<BigDecimal> budget, List<Long> brought, List<Long> priorityBrought, List<BigDecimal> cost,
            List<BigDecimal> left, List<BigDecimal> marginalCostPerPerson, String currency) {

        static Chart of(List<BudgetCurve.Level> levels, String currency) {
            return new Chart(levels.stream().map(BudgetCurve.Level::budget).toList(),
                    levels.stream().map(BudgetCurve.Level::brought).toList(),
                    levels.stream().map(BudgetCurve.Level::priorityBrought).toList(),
                    levels.stream().map(BudgetCurve.Level::cost).toList(),
                    levels.stream().map(BudgetCurve.Level::left).toList(),
                    levels.stream().map(level -> level.marginalCostPerPerson()).toList(), currency);
        }
    }
}
