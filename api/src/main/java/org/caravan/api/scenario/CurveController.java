package org.caravan.api.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.caravan.api.security.Audited;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@Tag(name = "Budget curve", description = "What each euro buys: a dataset solved at several budget levels.")
public class CurveController {

    private static final String PROBLEM = "application/problem+json";

    private final BudgetCurves curves;

    public CurveController(BudgetCurves curves) {
        this.curves = curves;
    }

    @PostMapping(path = "/api/datasets/{datasetId}/curve", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "startCurve", summary = "Compute the budget curve of a dataset",
            description = "Queues one job on the solve workers that solves the levels in increasing budget, each "
                    + "starting from the best plan of the level below, so a bigger budget never brings fewer priority "
                    + "points. Levels are `budgets` (amounts) or `from`/`to`/`steps` (shares of the dataset's "
                    + "budget); funds scale with the budget unless `keepFunds`. With `everyoneFromPriority` k, the "
                    + "smallest budget that brings everyone with priority k or more is then found by bisection on "
                    + "solves; the answer states its precision.")
    @ApiResponse(responseCode = "202", description = "Queued; Location is the curve",
            content = @Content(schema = @Schema(implementation = CurveView.class)))
    @ApiResponse(responseCode = "400", description = "No levels, both kinds of levels, or a bad time", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = PROBLEM))
    @Audited("CURVE_STARTED")
    public ResponseEntity<CurveView> start(@PathVariable long datasetId, @RequestBody(required = false) @Valid CurveRequest request) {
        CurveView curve = curves.start(datasetId, request);
        return ResponseEntity.accepted().location(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/curves/{id}").buildAndExpand(curve.id()).toUri()).body(curve);
    }

    @GetMapping(path = "/api/datasets/{datasetId}/curves", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "curvesOfDataset", summary = "The budget curves of a dataset, oldest first")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = CurveView.class))))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = PROBLEM))
    public List<CurveView> ofDataset(@PathVariable long datasetId) {
        return curves.forDataset(datasetId);
    }

    @GetMapping(path = "/api/curves/{curveId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "curve",
            summary = "A budget curve: status, levels so far, chart-ready series, and the threshold when asked",
            description = "Per level: budget, people brought (and by priority), priority brought, medium and soft, cost, "
                    + "money left and the marginal cost per extra person against the level below. `chart` holds the "
                    + "same as one array per series.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CurveView.class)))
    @ApiResponse(responseCode = "404", description = "No such curve", content = @Content(mediaType = PROBLEM))
    public CurveView get(@PathVariable long curveId) {
        return curves.get(curveId);
    }

    @GetMapping(path = "/api/curves/{curveId}/curve.svg", produces = "image/svg+xml")
    @Operation(summary = "The budget curve as an SVG chart, for a donor report")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such curve", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "No level solved yet", content = @Content(mediaType = PROBLEM))
    public ResponseEntity<String> svg(@PathVariable long curveId) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(curves.svg(curveId));
    }
}
