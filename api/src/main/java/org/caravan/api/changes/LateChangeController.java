package org.caravan.api.changes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caravan.api.contract.ChangesSchemas;
import org.caravan.api.security.Audited;
import org.caravan.data.changes.BudgetForecast;
import org.caravan.data.changes.ChangeList;
import org.caravan.data.export.Csv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;

@RestController
@Tag(name = "Late changes", description = "Post what happened since a plan was published (caravan-changes/1) or book "
        + "its items in bulk: each gives a new dataset version and a re-plan that keeps every booking. Then the change "
        + "list for travellers and hotels, and the plan's money against what is booked.")
public class LateChangeController {

    private static final String PROBLEM = "application/problem+json";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String TIME_LIMIT = "Wall-clock limit of the re-plan in seconds; "
            + "caravan.solver.default-time-limit-seconds when absent";

    /** Which table of a change list a CSV holds. */
    public enum Part {
        /** Per participant: what moved and why. */
        PARTICIPANTS,
        /** Per hotel: the guests to add, remove, move or change nights for. */
        HOTELS,
        /** Cost per payer and score, before and after. */
        FIGURES
    }

    private final LateChangeService changes;

    public LateChangeController(LateChangeService changes) {
        this.changes = changes;
    }

    @PostMapping(path = "/api/plans/{planId}/changes", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "postChanges", summary = "Apply late changes to a plan and re-plan from it",
            description = "Applies a caravan-changes/1 document (docs/FORMAT.md, \"Late changes\") to the dataset "
                    + "version the plan solved, stores the result as the dataset's next version (origin CHANGES, made "
                    + "from that version) and queues a re-plan: the dataset's next plan version, made from this plan "
                    + "(its parentPlanId), starting from it with every booking kept and the disruption rule on. Every "
                    + "change is checked first: any problem answers 400 listing them all, each at its "
                    + "`$.changes[i].field`, and nothing is stored. The plan must have ended; while any solve of the "
                    + "dataset is queued or running the changes are refused with 409 naming it: stop it (its best plan "
                    + "is kept) or wait, then post again.")
    @ApiResponse(responseCode = "202", description = "Applied and re-plan queued; Location is the re-plan's status",
            content = @Content(schema = @Schema(implementation = ReplanAccepted.class)))
    @ApiResponse(responseCode = "400", description = "Invalid changes, each problem with its path; nothing stored",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The plan has not ended, or a solve of its dataset is queued or "
            + "running", content = @Content(mediaType = PROBLEM))
    @Audited("LATE_CHANGES_APPLIED")
    public ResponseEntity<ReplanAccepted> post(@PathVariable long planId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A caravan-changes/1 document",
                    content = @Content(schema = @Schema(ref = ChangesSchemas.DOCUMENT_REF), examples = @ExampleObject(
                            name = "a cancellation", value = "{\"format\": \"caravan-changes/1\", \"changes\": "
                            + "[{\"type\": \"CANCEL_PARTICIPANT\", \"participant\": \"p002\"}]}"))) @RequestBody(required = false) String document,
            @Parameter(description = TIME_LIMIT) @RequestParam(required = false) Integer timeLimitSeconds) {
        return accepted(changes.post(planId, document, timeLimitSeconds));
    }

    @PostMapping(path = "/api/plans/{planId}/bookings", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "bookItems", summary = "Book a plan's items in bulk and re-plan with them kept",
            description = "Issues tickets for the planned itineraries and confirms the planned rooms, at the plan's "
                    + "offered prices, for the participants named (`tickets`, `rooms`) or selected (`select`: ALL or "
                    + "HALF). It is the same as posting the ISSUE_TICKET and CONFIRM_ROOM changes it builds (returned "
                    + "in `changes`): a new dataset version and a re-plan from this plan. A participant who cannot be "
                    + "booked answers 400 at `$.tickets[i]` or `$.rooms[i]`; 409 as for changes.")
    @ApiResponse(responseCode = "202", description = "Booked and re-plan queued; Location is the re-plan's status",
            content = @Content(schema = @Schema(implementation = ReplanAccepted.class)))
    @ApiResponse(responseCode = "400", description = "Nothing or something unbookable named; nothing stored",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The plan has not ended, or a solve of its dataset is queued or "
            + "running", content = @Content(mediaType = PROBLEM))
    @Audited("BOOKINGS_MADE")
    public ResponseEntity<ReplanAccepted> book(@PathVariable long planId,
            @RequestBody(required = false) BookingRequest request,
            @Parameter(description = TIME_LIMIT) @RequestParam(required = false) Integer timeLimitSeconds) {
        return accepted(changes.book(planId, request, timeLimitSeconds));
    }

    private static ResponseEntity<ReplanAccepted> accepted(ReplanAccepted accepted) {
        return ResponseEntity.accepted().location(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/plans/{id}").buildAndExpand(accepted.plan().planId()).toUri()).body(accepted);
    }

    @GetMapping(path = "/api/plans/{planId}/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The change list of a plan against its parent (or another plan of its dataset)",
            description = "Per participant what moved (coming, itinerary, room, nights) from what to what, with the "
                    + "changes that concern them or \"collateral\"; per hotel the guests to add, remove, move or change "
                    + "nights for; cost per payer and in total; score level by level and soft rule by soft rule. "
                    + "Causes are given when the plan is the re-plan of the one it is compared with.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeListView.class)))
    @ApiResponse(responseCode = "400", description = "`from` names no plan of the same dataset", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such plan, or it has no parent and no `from` was given "
            + "(field parentPlanId)", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "One of the plans has no plan document yet", content = @Content(mediaType = PROBLEM))
    @Audited(personalData = true)
    public ChangeListView changeList(@PathVariable long planId,
            @Parameter(description = "The plan to compare with; the parent plan when absent") @RequestParam(required = false) Long from) {
        return changes.changeList(planId, from);
    }

    @GetMapping(path = "/api/plans/{planId}/changes.csv", produces = "text/csv")
    @Operation(summary = "The change list as CSV: per participant, per hotel, or the cost and score figures")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", description = "No such plan, or no parent", content = @Content(mediaType = PROBLEM))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> changeListCsv(@PathVariable long planId,
            @Parameter(description = "The plan to compare with; the parent plan when absent") @RequestParam(required = false) Long from,
            @Parameter(description = "Which table (PARTICIPANTS by default)") @RequestParam(required = false) Part list) {
        ChangeListView view = changes.changeList(planId, from);
        return csv(view, list, "changes-plan-" + view.fromPlanId() + "-to-" + planId);
    }

    @GetMapping(path = "/api/datasets/{datasetId}/versions/{version}/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The change list between two versions of a dataset",
            description = "Compares the latest plan of version `from` (the version this one was made from, when "
                    + "absent) with the latest plan of this version, as GET /api/plans/{planId}/changes does.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeListView.class)))
    @ApiResponse(responseCode = "400", description = "No such version `from`", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such dataset or version; no parent version (field "
            + "parentVersion); a version without a plan (field plan)", content = @Content(mediaType = PROBLEM))
    @Audited(personalData = true)
    public ChangeListView compareVersions(@PathVariable long datasetId, @PathVariable int version,
            @Parameter(description = "The version to compare with; the parent version when absent") @RequestParam(required = false) Integer from) {
        return changes.compareVersions(datasetId, version, from);
    }

    @GetMapping(path = "/api/datasets/{datasetId}/versions/{version}/changes.csv", produces = "text/csv")
    @Operation(summary = "The change list between two versions of a dataset as CSV")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", description = "As for the JSON form", content = @Content(mediaType = PROBLEM))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> compareVersionsCsv(@PathVariable long datasetId, @PathVariable int version,
            @Parameter(description = "The version to compare with; the parent version when absent") @RequestParam(required = false) Integer from,
            @Parameter(description = "Which table (PARTICIPANTS by default)") @RequestParam(required = false) Part list) {
        ChangeListView view = changes.compareVersions(datasetId, version, from);
        return csv(view, list, "changes-dataset-" + datasetId + "-v" + view.fromDatasetVersion() + "-to-v" + version);
    }

    private ResponseEntity<byte[]> csv(ChangeListView view, Part part, String name) {
        ChangeList list = changes.changeListOf(view);
        Part chosen = part == null ? Part.PARTICIPANTS : part;
        String body = switch (chosen) {
            case PARTICIPANTS -> list.toCsv();
            case HOTELS -> list.hotelsCsv();
            case FIGURES -> list.figuresCsv();
        };
        String filename = name + (chosen == Part.PARTICIPANTS ? "" : "-" + chosen.name().toLowerCase()) + ".csv";
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(Csv.bytes(body));
    }

    @GetMapping(path = "/api/plans/{planId}/forecast", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Forecast against actual: booked, forecast, sunk and left, per payer and in total",
            description = "Booked: tickets issued (the flight) and rooms confirmed (the room share and taxes). "
                    + "Forecast: the rest of the plan (visas included). Sunk: cancellations' sunk costs and broken "
                    + "bookings of every change that led to this plan. Left: the fund's amount (budget.total for the "
                    + "total line, which counts every payer but SELF) minus all three.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BudgetForecast.class)))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The plan has no plan document yet", content = @Content(mediaType = PROBLEM))
    public BudgetForecast forecast(@PathVariable long planId) {
        return changes.forecast(planId);
    }

    @GetMapping(path = "/api/plans/{planId}/forecast.csv", produces = "text/csv")
    @Operation(summary = "Forecast against actual as CSV, a line per payer then the total")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM))
    public ResponseEntity<byte[]> forecastCsv(@PathVariable long planId) {
        BudgetForecast forecast = changes.forecast(planId);
        Csv csv = new Csv("payer", "available", "booked", "forecast", "sunk", "committed", "left");
        forecast.payers().forEach(line -> row(csv, line));
        row(csv, forecast.total());
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("forecast-plan-" + planId + ".csv").build().toString())
                .body(Csv.bytes(csv.text()));
    }

    private static void row(Csv csv, BudgetForecast.Line line) {
        csv.row(line.payer(), line.available(), line.booked(), line.forecast(), line.sunk(), line.committed(), line.left());
    }
}
