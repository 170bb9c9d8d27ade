package org.caravan.api.solve;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A plan row: one solve of a dataset, its progress figures and its state. The plan documents are read apart. */
public record PlanRecord(long id, long datasetId, int version, PlanStatus status, int timeLimitSeconds, String overrides,
        boolean stopRequested, int resumes, long elapsedMs, Long scoreHard, Long scoreMedium, BigDecimal scoreSoft,
        Boolean feasible, Integer brought, int participants, BigDecimal totalCost, String error,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime checkpointAt) {
}
