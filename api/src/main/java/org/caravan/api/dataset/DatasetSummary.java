package org.caravan.api.dataset;

import java.time.OffsetDateTime;

/** A stored dataset as listed: its id, name and size, and when it was uploaded. */
public record DatasetSummary(long id, String name, int participants, int hotels, int rooms, int itineraries,
        OffsetDateTime createdAt) {
}
