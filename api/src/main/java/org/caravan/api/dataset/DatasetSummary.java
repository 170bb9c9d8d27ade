package org.caravan.api.dataset;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A stored dataset as listed: its id, name and the size of its latest version, and when it was first uploaded. */
public record DatasetSummary(long id, String name, int participants, int hotels, int rooms, int itineraries,
        OffsetDateTime createdAt,
        @Schema(description = "The latest version; the dataset endpoints without a version work on it") int latestVersion) {
}
