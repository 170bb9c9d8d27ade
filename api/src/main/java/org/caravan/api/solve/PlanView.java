package org.caravan.api.solve;

import io.swagger.v3.oas.annotations.media.Schema;
import org.caravan.data.plan.PlanScore;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A plan as a planner watches it: where its solve stands and the figures of the best plan found so far. */
public record PlanView(
        long planId,
        long datasetId,
        @Schema(description = "The dataset version this plan was made from and solves") int datasetVersion,
        @Schema(description = "The plan's version among the dataset's solves") int version,
        @Schema(description = "RESUMING while a solve whose process stopped is not solving yet") SolveState status,
        @Schema(description = "While QUEUED: 1 for the next solve to get a worker") Integer queuePosition,
        int timeLimitSeconds,
        @Schema(description = "Solving time so far over all runs, in seconds; it never goes back") double elapsedSeconds,
        PlanScore bestScore,
        Boolean feasible,
        @Schema(description = "Participants brought in the best plan") Integer brought,
        int participants,
        @Schema(description = "Total cost of the best plan, in the event currency") BigDecimal totalCost,
        @Schema(description = "How often the solve was resumed from its checkpoint after a restart") int resumes,
        boolean stopRequested,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "When the best plan was last checkpointed") OffsetDateTime checkpointAt,
        String error,
        PolicyOverrides policy,
        @Schema(description = "Who started this solve: a member or a token of the organisation") String createdBy,
        @Schema(description = "For a re-plan after late changes or bookings: the plan it was made from") Long parentPlanId) {
}
