package org.caravan.api.explain;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.caravan.api.config.CaravanProperties;
import org.caravan.api.config.RequestLanguage;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.NotFoundException;
import org.caravan.api.problem.TooManyRequestsException;
import org.caravan.api.results.PlanDocuments.PlanInContext;
import org.caravan.api.results.PlanDocuments;
import org.caravan.api.security.Audited;
import org.caravan.data.dataset.Participant;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.explain.Explanation;
import org.caravan.solver.explain.ParticipantExplanation;
import org.caravan.solver.explain.Recommendations;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.concurrent.Semaphore;

@RestController
@RequestMapping(path = "/api/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Explanations", description = "Why the plan is what it is, and where one more participant would best fit.")
public class ExplanationController {

    private final PlanDocuments documents;
    private final PlanningEngine engine;
    private final CaravanProperties properties;
    /** Recommendations in progress: a bounded number, so that heavy reads cannot take every core. */
    private final Semaphore running;

    public ExplanationController(PlanDocuments documents, PlanningEngine engine, CaravanProperties properties) {
        this.documents = documents;
        this.engine = engine;
        this.properties = properties;
        this.running = new Semaphore(properties.recommendations().concurrent());
    }

    @GetMapping("/analysis")
    @Operation(summary = "The score analysis: the plan's score rule by rule, each with its justifications")
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "No plan yet", content = @Content(mediaType = "application/problem+json"))
    public Explanation analysis(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        Explanation explanation = engine.explain(context.dataset(), context.plan());
        return explanation == null ? null : explanation.in(RequestLanguage.current());
    }

    @GetMapping("/participants/{participantId}/explanation")
    @Operation(summary = "Why this participant got this room and itinerary, or why they were not brought")
    @ApiResponse(responseCode = "404", description = "No such plan or participant", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "No plan yet", content = @Content(mediaType = "application/problem+json"))
    @Audited(personalData = true)
    public ParticipantExplanation participant(@PathVariable long planId, @PathVariable String participantId) {
        PlanInContext context = documents.load(planId);
        requireParticipant(context, participantId);
        ParticipantExplanation explanation = engine.explainParticipant(context.dataset(), context.plan(), participantId);
        return explanation == null ? null : explanation.in(RequestLanguage.current());
    }

    @GetMapping("/participants/{participantId}/recommendations")
    @Operation(summary = "Where one participant would best fit: placements ranked feasible first, or the best swap",
            description = """
                    For a late registration or someone left out; the plan is not changed. Placements (itinerary and \
                    room) that keep every hard rule come first, best score first; when none does, the answer says so \
                    and offers the best swap: someone of lower priority (not booked, not a must-attend) left out in \
                    exchange. The search runs within a time budget (`seconds`) and says when the budget cut it short; \
                    at most `caravan.recommendations.concurrent` run at once, a further request is answered 429.""")
    @ApiResponse(responseCode = "200", description = "The recommendations",
            content = @Content(schema = @Schema(implementation = Recommendations.class)))
    @ApiResponse(responseCode = "400", description = "Invalid limit or seconds", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such plan or participant", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "No plan yet", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "Too many recommendations at once", content = @Content(mediaType = "application/problem+json"))
    @Audited(personalData = true)
    public Recommendations recommendations(@PathVariable long planId, @PathVariable String participantId,
            @Parameter(description = "How many placements, best first") @RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit,
            @Parameter(description = "The time budget of the search, in seconds (at most caravan.recommendations.max-seconds)")
            @RequestParam(defaultValue = "3") @Min(1) int seconds) {
        if (seconds > properties.recommendations().maxSeconds()) {
            throw new BadRequestException("seconds", "The time budget (%d s) is above the longest allowed, %d s."
                    .formatted(seconds, properties.recommendations().maxSeconds()));
        }
        PlanInContext context = documents.load(planId);
        requireParticipant(context, participantId);
        if (!running.tryAcquire()) {
            throw new TooManyRequestsException(("%d recommendations are being computed; try again in a few seconds.")
                    .formatted(properties.recommendations().concurrent()));
        }
        try {
            return engine.recommend(context.dataset(), context.plan(), participantId, limit, Duration.ofSeconds(seconds),
                    () -> Thread.currentThread().isInterrupted(), RequestLanguage.current());
        } finally {
            running.release();
        }
    }

    private static void requireParticipant(PlanInContext context, String participantId) {
        boolean known = context.dataset().dataset().participants().stream().map(Participant::id).anyMatch(participantId::equals);
        if (!known) {
            throw new NotFoundException("participantId", "Dataset " + context.record().datasetId()
                    + " has no participant with id '" + participantId + "'.");
        }
    }
}
