package org.caravan.api.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caravan.api.problem.NotFoundException;
import org.caravan.api.results.PlanDocuments.PlanInContext;
import org.caravan.api.security.Audited;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.CostBreakdown;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.export.ArrivalSchedule;
import org.caravan.data.export.ShuttleRun;
import org.caravan.data.export.DepartureSchedule;
import org.caravan.data.export.Csv;
import org.caravan.data.export.FlightManifest;
import org.caravan.data.export.HotelRooming;
import org.caravan.data.export.ManifestRow;
import org.caravan.data.export.RoomingList;
import org.caravan.data.plan.Plan;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What planners hand on: the plan, rooming lists for the hotels, the flight manifest for the airlines and travel
 * agent, the arrival and departure schedules for the airport shuttles, and where the money goes. All are computed
 * from the stored plan (the best so far while solving) and the dataset as it was solved.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
@Tag(name = "Results", description = "The plan and what planners hand to hotels, airlines and shuttle drivers.")
@ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "409", description = "No plan yet (queued, or failed before any plan)",
        content = @Content(mediaType = "application/problem+json"))
public class ResultsController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanDocuments documents;

    public ResultsController(PlanDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/result", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The plan (caravan-plan/1)",
            description = "The final plan once the solve has ended; while solving, the best plan so far.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Plan.class)))
    @Audited(personalData = true)
    public ResponseEntity<String> plan(@PathVariable long planId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(documents.json(planId));
    }

    @GetMapping(path = "/rooming-lists", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The rooming lists of every hotel, as JSON",
            description = "Every hotel of the dataset, in its order: each occupied room's booking line (check-in, "
                    + "check-out, nights charged, price, guests per night) and its guests. A hotel the plan puts "
                    + "nobody in has empty lists.")
    @Audited(personalData = true)
    public List<HotelRooming> roomingLists(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return RoomingList.of(context.dataset(), context.plan());
    }

    @GetMapping(path = "/rooming-lists/{hotelId}.csv", produces = "text/csv")
    @Operation(summary = "One hotel's rooming list as CSV",
            description = "UTF-8 with a byte-order mark. Column `line` is `room` for a room's booking line and "
                    + "`guest` for each of its guests. A hotel the plan puts nobody in gets the header only, as the "
                    + "command line writes it.")
    @ApiResponse(responseCode = "404", description = "No such plan or hotel", content = @Content(mediaType = "application/problem+json"))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> roomingListCsv(@PathVariable long planId, @PathVariable String hotelId) {
        PlanInContext context = documents.load(planId);
        boolean known = context.dataset().dataset().hotels().stream().anyMatch(hotel -> hotel.id().equals(hotelId));
        if (!known) {
            throw new NotFoundException("hotelId", "Dataset " + context.record().datasetId() + " has no hotel with id '"
                    + hotelId + "'.");
        }
        HotelRooming rooming = RoomingList.of(context.dataset(), context.plan()).stream()
                .filter(hotel -> hotel.hotelId().equals(hotelId)).findFirst().orElseThrow();
        return csv(rooming.toCsv(), "rooming-" + hotelId + "-plan-" + planId + ".csv");
    }

    @GetMapping(path = "/rooming-lists.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "All rooming lists in one spreadsheet workbook, a sheet per hotel")
    @Audited(personalData = true)
    public ResponseEntity<byte[]> roomingWorkbook(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        byte[] workbook = RoomingWorkbook.of(RoomingList.of(context.dataset(), context.plan()));
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("rooming-lists-plan-" + planId + ".xlsx").build().toString())
                .body(workbook);
    }

    @GetMapping(path = "/flight-manifest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The flight manifest: who is on which flight segment, as JSON")
    @Audited(personalData = true)
    public List<ManifestRow> flightManifest(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return FlightManifest.of(context.dataset(), context.plan());
    }

    @GetMapping(path = "/flight-manifest.csv", produces = "text/csv")
    @Operation(summary = "The flight manifest as CSV")
    @Audited(personalData = true)
    public ResponseEntity<byte[]> flightManifestCsv(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return csv(FlightManifest.toCsv(FlightManifest.of(context.dataset(), context.plan())),
                "flight-manifest-plan-" + planId + ".csv");
    }

    @GetMapping(path = "/arrivals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The arrival schedule for the airport shuttles, slot by slot, as JSON")
    @Audited(personalData = true)
    public List<ShuttleRun> arrivals(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return ArrivalSchedule.of(context.dataset(), context.plan());
    }

    @GetMapping(path = "/arrivals.csv", produces = "text/csv")
    @Operation(summary = "The arrival schedule as CSV, one row per passenger")
    @Audited(personalData = true)
    public ResponseEntity<byte[]> arrivalsCsv(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return csv(ArrivalSchedule.toCsv(ArrivalSchedule.of(context.dataset(), context.plan())),
                "arrivals-plan-" + planId + ".csv");
    }

    @GetMapping(path = "/departures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The departure schedule for the airport shuttles, slot by slot, as JSON")
    @Audited(personalData = true)
    public List<ShuttleRun> departures(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return DepartureSchedule.of(context.dataset(), context.plan());
    }

    @GetMapping(path = "/departures.csv", produces = "text/csv")
    @Operation(summary = "The departure schedule as CSV, one row per passenger")
    @Audited(personalData = true)
    public ResponseEntity<byte[]> departuresCsv(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return csv(DepartureSchedule.toCsv(DepartureSchedule.of(context.dataset(), context.plan())),
                "departures-plan-" + planId + ".csv");
    }

    @GetMapping(path = "/costs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The cost breakdown: by kind, payer (fund), hotel, nationality and role, and budget left")
    public CostBreakdown costs(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return CostBreakdown.of(context.dataset(), context.plan());
    }

    @GetMapping(path = "/check", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "checkPlan",
            summary = "The independent checker's verdict on the plan: hard-rule breaches, recomputed costs and score")
    public CheckReport check(@PathVariable long planId) {
        PlanInContext context = documents.load(planId);
        return PlanChecker.check(context.dataset(), context.plan());
    }

    private static ResponseEntity<byte[]> csv(String body, String filename) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(Csv.bytes(body));
    }
}
