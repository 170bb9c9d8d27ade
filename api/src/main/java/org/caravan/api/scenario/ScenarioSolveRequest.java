package org.caravan.api.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;

/** How long to solve a scenario; the service default when absent. */
public record ScenarioSolveRequest(
        @Schema(description = "Wall-clock limit in seconds; caravan.solver.default-time-limit-seconds when absent",
                example = "30") @Min(1) Integer timeLimitSeconds) {
}
