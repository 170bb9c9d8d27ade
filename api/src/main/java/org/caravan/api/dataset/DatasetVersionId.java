package org.caravan.api.dataset;

/** Names one immutable version of a stored dataset. */
public record DatasetVersionId(long datasetId, int version) {
}
