package org.caravan.api.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;
import java.util.List;

/**
 * A budget curve to compute: levels as amounts ({@code budgets}) or as shares of the dataset's budget from
 * {@code from} to {@code to} in {@code steps}; funds scaled with the budget unless {@code keepFunds}; and, if asked,
 * the smallest budget that brings everyone with priority at least {@code everyoneFromPriority}, within
 * {@code precision}.
 */
public record CurveRequest(
        @Schema(description = "Budget amounts, in the event currency", example = "[160000, 180000, 200000]") List<BigDecimal> budgets,
        @Schema(description = "The lowest level as a share of the dataset's budget", example = "0.7") @Positive BigDecimal from,
        @Schema(description = "The highest level as a share of the dataset's budget", example = "1.3") @Positive BigDecimal to,
        @Schema(description = "Levels from `from` to `to`; 5 when absent", example = "7") @Min(1) @Max(15) Integer steps,
        @Schema(description = "Keep the funds' amounts; only the total changes") Boolean keepFunds,
        @Schema(description = "Solving time per level in seconds; the service default when absent", example = "20")
        @Min(1) Integer secondsPerLevel,
        @Schema(description = "Also find the smallest budget that brings everyone with at least this priority")
        @Min(1) @Max(5) Integer everyoneFromPriority,
        @Schema(description = "How close that budget is found, in the event currency; 1% of the highest level when absent")
        @Positive BigDecimal precision,
        @Schema(description = "The dataset version; the latest when absent") @Min(1) Integer datasetVersion) {

    /** The same request with its time per level settled (the service default filled in when it was absent). */
    public CurveRequest withSecondsPerLevel(int seconds) {
        return new CurveRequest(budgets, from, to, steps, keepFunds, seconds, everyoneFromPriority, precision,
                datasetVersion);
    }
}
