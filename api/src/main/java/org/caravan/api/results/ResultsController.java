package org.caravan.api.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caravan.data.plan.Plan;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans/{planId}")
@Tag(name = "Results", description = "The plan and what planners hand to hotels, airlines and shuttle drivers.")
public class ResultsController {

    private final PlanDocuments documents;

    public ResultsController(PlanDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/result", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The plan (caravan-plan/1)",
            description = "The final plan once the solve has ended; while solving, the best plan so far.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Plan.class)))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "No plan yet", content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<String> plan(@PathVariable long planId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(documents.json(planId));
    }
}
