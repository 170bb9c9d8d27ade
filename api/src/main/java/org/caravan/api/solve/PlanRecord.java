package org.caravan.api.solve;

import org.caravan.api.dataset.DatasetVersionId;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A plan row: one solve of a dataset version, its progress figures and its state as stored. The plan documents are
 * read apart. {@code parentPlanId}: the plan a re-plan was made from (null for a plan made from scratch).
 */
public record PlanRecord(long id, long organisationId, long datasetId, int datasetVersion, int version, SolveState status,
        int timeLimitSeconds, String overrides, boolean stopRequested, int resumes, long elapsedMs, Long scoreHard,
        Long scoreMedium, BigDecimal scoreSoft, Boolean feasible, Integer brought, int participants,
        BigDecimal totalCost, String error, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, OffsetDateTime heartbeatAt, OffsetDateTime checkpointAt, String createdBy,
        Long parentPlanId) {

    /** The dataset version this plan was made from and solves. */
    public DatasetVersionId datasetVersionId() {
        return new DatasetVersionId(datasetId, datasetVersion);
    }
}
