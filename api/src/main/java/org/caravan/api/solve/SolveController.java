package org.caravan.api.solve;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.caravan.api.security.Audited;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@Tag(name = "Solving", description = "Start solves (each a new plan version), watch their progress, stop them early.")
public class SolveController {

    private final SolveService solves;
    private final ProgressStream progress;

    public SolveController(SolveService solves, ProgressStream progress) {
        this.solves = solves;
        this.progress = progress;
    }

    @PostMapping(path = "/api/datasets/{datasetId}/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "startSolve", summary = "Start a solve of a dataset",
            description = "Queues a solve of the dataset's latest version (or the `datasetVersion` asked for) as the "
                    + "dataset's next plan version and answers at once with its status. "
                    + "Solves run on a bounded number of workers (caravan.solver.workers); further solves wait QUEUED "
                    + "with their position. Policy overrides apply to this solve only: absent keeps the dataset's "
                    + "value, 0 switches a rule off.")
    @ApiResponse(responseCode = "202", description = "Queued; Location is the plan's status",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @ApiResponse(responseCode = "400", description = "Invalid time limit, overrides or dataset version", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = "application/problem+json"))
    @Audited("SOLVE_STARTED")
    public ResponseEntity<PlanView> start(@PathVariable long datasetId,
            @RequestBody(required = false) @Valid SolveRequest request) {
        PlanView status = solves.start(datasetId, request);
        return ResponseEntity.accepted().location(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/plans/{id}").buildAndExpand(status.planId()).toUri()).body(status);
    }

    @GetMapping(path = "/api/datasets/{datasetId}/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The plan versions of a dataset, oldest first")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = PlanView.class))))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = "application/problem+json"))
    public List<PlanView> plansOfDataset(@PathVariable long datasetId) {
        return solves.forDataset(datasetId);
    }

    @GetMapping(path = "/api/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listPlans", summary = "All plans, optionally only those in one status")
    public List<PlanView> plans(@Parameter(description = "Only plans in this status") @RequestParam(required = false) SolveState status) {
        return solves.all(status);
    }

    @GetMapping(path = "/api/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A solve's status and progress",
            description = "Status (QUEUED, RESUMING, SOLVING, DONE, STOPPED, FAILED, INTERRUPTED), the figures of the "
                    + "best plan so far (score, feasible, people brought, cost), the solving time, and the position in "
                    + "the queue. RESUMING: the solve's process stopped and it is not solving yet.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
    public PlanView status(@PathVariable long planId) {
        return solves.status(planId);
    }

    @GetMapping(path = "/api/plans/{planId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live progress as Server-Sent Events",
            description = "A `progress` event, whose data is the status JSON (a PlanView), whenever it changes, "
                    + "about once a second while solving; the stream closes after the final status. The response is "
                    + "text/event-stream, read as a stream.")
    @ApiResponse(responseCode = "200", description = "A stream of Server-Sent Events, not one JSON document: read it "
            + "event by event (an EventSource, or any SSE client) until it closes",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string",
                    description = "Server-Sent Events (text/event-stream), one kind: `progress`. Each event has `event: "
                            + "progress`, an `id` counting from 0 within the stream, and one `data` line holding a JSON "
                            + "PlanView (#/components/schemas/PlanView, the same object as GET /api/plans/{planId}): "
                            + "the first at once, then one whenever the status or the best plan's figures change, at "
                            + "most about once a second. After the event whose status is final (DONE, STOPPED, FAILED, "
                            + "INTERRUPTED) the server closes the stream."),
                    examples = @ExampleObject(name = "progress", value = "event:progress\nid:0\ndata:{\"planId\":7,"
                            + "\"datasetId\":3,\"status\":\"SOLVING\",\"elapsedSeconds\":1.0}\n\n")))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
    public SseEmitter events(@PathVariable long planId) {
        return progress.subscribe(planId);
    }

    @PostMapping(path = "/api/plans/{planId}/stop", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Stop a solve early, keeping the best plan found so far",
            description = "A queued solve stops at once; a running one within a second or so, ending STOPPED.")
    @ApiResponse(responseCode = "202", description = "Stop requested (or done, for a queued solve)",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The solve has already ended", content = @Content(mediaType = "application/problem+json"))
    @Audited("SOLVE_STOPPED")
    public ResponseEntity<PlanView> stop(@PathVariable long planId) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(solves.stop(planId));
    }
}
