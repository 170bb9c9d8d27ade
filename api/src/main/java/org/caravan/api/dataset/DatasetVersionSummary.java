package org.caravan.api.dataset;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One version of a stored dataset: where it came from, what made it, its size and when it was made. */
public record DatasetVersionSummary(
        long datasetId,
        @Schema(description = "1 for the upload, then one more per new version") int version,
        @Schema(description = "The version this one was made from; absent for the first") Integer parentVersion,
        DatasetOrigin origin,
        int participants,
        int hotels,
        int rooms,
        int itineraries,
        OffsetDateTime createdAt,
        @Schema(description = "Who made it: a member or a token of the organisation; absent for versions made before "
                + "this was recorded") String createdBy) {
}
