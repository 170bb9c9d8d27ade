package org.caravan.api.solve;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

/** How to solve: which dataset version, for how long (seconds, the service default when absent) and with which policy. */
public record SolveRequest(
        @Schema(description = "Wall-clock limit in seconds; caravan.solver.default-time-limit-seconds when absent",
                example = "30") @Min(1) Integer timeLimitSeconds,
        @Valid PolicyOverrides policy,
        @Schema(description = "The dataset version to solve; the latest when absent") @Min(1) Integer datasetVersion) {
}
