package org.caravan.api.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.caravan.api.solve.PolicyOverrides;
import org.caravan.data.scenario.ScenarioOverrides;

/** A new scenario: its name, the dataset version it plans (the latest when absent) and what it changes. */
public record ScenarioRequest(
        @Schema(example = "Without the 2-star hotel") @NotBlank @Size(max = 200) String name,
        @Schema(description = "The dataset version; the latest when absent") @Min(1) Integer datasetVersion,
        @Schema(description = "What the scenario changes in the dataset; absent changes nothing") ScenarioOverrides overrides,
        @Schema(description = "Policy overrides, as a solve takes them") @Valid PolicyOverrides policy) {
}
