package org.caravan.api.security;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One line of an organisation's audit trail: who did what to what, when, and how it ended. */
public record AuditEntry(long id, OffsetDateTime at, Actor.Kind actorKind, Long actorId,
        @Schema(description = "The member or token as known at the time, e.g. \"member amina\"") String actor,
        @Schema(description = "What was done, e.g. SOLVE_STARTED, PERSONAL_DATA_EXPORTED, ACCESS_DENIED") String action,
        @Schema(description = "What it was done to, e.g. \"dataset 3, plan 12\"") String target,
        @Schema(description = "The HTTP status it ended with") int outcome,
        @Schema(description = "The request, e.g. \"POST /api/datasets/{datasetId}/plans\"") String detail) {
}
