package org.caravan.api.explain;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.caravan.api.problem.NotFoundException;
import org.caravan.api.results.PlanDocuments;
import org.caravan.api.results.PlanDocuments.PlanInContext;
import org.caravan.api.security.Audited;
import org.caravan.data.dataset.Participant;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.explain.Explanation;
import org.caravan.solver.explain.ParticipantExplanation;
import org.caravan.solver.explain.Recommendation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping(path = "/api/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Explanations", description = "Why the plan is what it is, and where one more participant would best fit.")
public class ExplanationController {

    private final PlanDocuments documents;
    private final PlanningEngine engine;

    public ExplanationController(PlanDocuments documents, PlanningEngine engine) {
        this.documents = documents;
        this.engine = engine;
    }

    @GetMapping("/analysis")
    @Operation(summary = "The score analysis: the plan's score rule by rule, each with its justifications")
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "No plan yet", content = @Content(mediaType = "application/problem+json"))
    public Explanation analysis(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return engine.explain(context.dataset(), context.plan());
    }

    @GetMapping("/participants/{participantId}/explanation")
    @Operation(summary = "Why this participant got this room and itinerary, or why they were not brought")
    @ApiResponse(responseCode = "404", description = "No such plan or participant", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "No plan yet", content = @Content(mediaType = "application/problem+json"))
    @Audited(personalData = true)
    public ParticipantExplanation participant(@PathVariable long planId, @PathVariable String participantId) {
        PlanInContext context = documents.load(planId);
        requireParticipant(context, participantId);
        return engine.explainParticipant(context.dataset(), context.plan(), participantId);
    }

    @GetMapping("/participants/{participantId}/recommendations")
    @Operation(summary = "The best few (itinerary, room) placements for one participant, with their score impact",
            description = "For a late registration or someone left out: the plan is not changed.")
    @ApiResponse(responseCode = "400", description = "Invalid limit", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such plan or participant", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "No plan yet", content = @Content(mediaType = "application/problem+json"))
    public List<Recommendation> recommendations(@PathVariable long planId, @PathVariable String participantId,
            @Parameter(description = "How many placements, best first") @RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit) {
        PlanInContext context = documents.load(planId);
        requireParticipant(context, participantId);
        return engine.recommend(context.dataset(), context.plan(), participantId, limit);
    }

    private static void requireParticipant(PlanInContext context, String participantId) {
        boolean known = context.dataset().dataset().participants().stream().map(Participant::id).anyMatch(participantId::equals);
        if (!known) {
            throw new NotFoundException("participantId", "Dataset " + context.record().datasetId()
                    + " has no participant with id '" + participantId + "'.");
        }
    }
}
