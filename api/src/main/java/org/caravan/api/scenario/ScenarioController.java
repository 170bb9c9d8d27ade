package org.caravan.api.scenario;

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
import org.caravan.api.solve.PlanView;
import org.caravan.data.compare.PlanComparison;
import org.caravan.data.export.Csv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@Tag(name = "Scenarios", description = "What-if scenarios of a dataset, their solves, and plans compared side by side.")
public class ScenarioController {

    private static final String PROBLEM = "application/problem+json";

    private final Scenarios scenarios;
    private final PlanComparisons comparisons;

    public ScenarioController(Scenarios scenarios, PlanComparisons comparisons) {
        this.scenarios = scenarios;
        this.comparisons = comparisons;
    }

    @PostMapping(path = "/api/datasets/{datasetId}/scenarios", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createScenario", summary = "Create a scenario of a dataset",
            description = "A named dataset version (the latest when absent) with overrides: budget total (funds scaled "
                    + "unless keepFunds), fund amounts, hotels or rooms switched off, itineraries filtered (maxStops "
                    + "each way, noLongLayovers), priorities or must-attend changed by role, delegation or country, "
                    + "participants excluded, and policy overrides as a solve takes them. The overrides are applied "
                    + "and the result validated now: an override that makes the dataset unplannable is a 400 naming "
                    + "it ($.overrides.maxStops).")
    @ApiResponse(responseCode = "201", description = "Created; Location is the scenario",
            content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    @ApiResponse(responseCode = "400", description = "An override names nothing, or makes the dataset unplannable",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = PROBLEM))
    @Audited("SCENARIO_CREATED")
    public ResponseEntity<ScenarioView> create(@PathVariable long datasetId, @RequestBody @Valid ScenarioRequest request) {
        ScenarioView scenario = scenarios.create(datasetId, request);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/scenarios/{id}")
                .buildAndExpand(scenario.id()).toUri()).body(scenario);
    }

    @GetMapping(path = "/api/datasets/{datasetId}/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "scenariosOfDataset",
            summary = "The scenarios of a dataset, oldest first, each with its plans")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = ScenarioView.class))))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = PROBLEM))
    public List<ScenarioView> ofDataset(@PathVariable long datasetId) {
        return scenarios.forDataset(datasetId);
    }

    @GetMapping(path = "/api/scenarios/{scenarioId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "scenario", summary = "A scenario, with its plans")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    @ApiResponse(responseCode = "404", description = "No such scenario", content = @Content(mediaType = PROBLEM))
    public ScenarioView get(@PathVariable long scenarioId) {
        return scenarios.get(scenarioId);
    }

    @DeleteMapping(path = "/api/scenarios/{scenarioId}")
    @Operation(operationId = "deleteScenario",
            summary = "Delete a scenario", description = "Its plans stay, as they were solved.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such scenario", content = @Content(mediaType = PROBLEM))
    @Audited("SCENARIO_DELETED")
    public ResponseEntity<Void> delete(@PathVariable long scenarioId) {
        scenarios.delete(scenarioId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/scenarios/{scenarioId}/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Solve a scenario",
            description = "Queues a solve of the scenario as its dataset's next plan version, like any solve: on the "
                    + "bounded workers, QUEUED with its position while they are busy. Several scenarios may be "
                    + "solved at once; the plan keeps the overrides it was solved with.")
    @ApiResponse(responseCode = "202", description = "Queued; Location is the plan's status",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @ApiResponse(responseCode = "400", description = "Invalid time limit", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such scenario", content = @Content(mediaType = PROBLEM))
    @Audited("SOLVE_STARTED")
    public ResponseEntity<PlanView> solve(@PathVariable long scenarioId,
            @RequestBody(required = false) @Valid ScenarioSolveRequest request) {
        PlanView plan = scenarios.solve(scenarioId, request == null ? null : request.timeLimitSeconds());
        return ResponseEntity.accepted().location(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/plans/{id}").buildAndExpand(plan.planId()).toUri()).body(plan);
    }

    @GetMapping(path = "/api/scenarios/{scenarioId}/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "plansOfScenario", summary = "The plans solved for a scenario, oldest first")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = PlanView.class))))
    @ApiResponse(responseCode = "404", description = "No such scenario", content = @Content(mediaType = PROBLEM))
    public List<PlanView> plans(@PathVariable long scenarioId) {
        return scenarios.plans(scenarioId);
    }

    @GetMapping(path = "/api/plans/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare two or more plans",
            description = "Per plan: score, people brought by priority, role, country, gender and delegation; cost by "
                    + "kind, fund, hotel and country; comfort (stops, travel hours, long layovers, language mismatches, "
                    + "roommate requests unmet); mean, median and 90th percentile of cost and travel hours per person, "
                    + "overall, by country and by role. Then who is brought in the first plan and not in each other, "
                    + "and the other way round, by name and id; and every hard and soft rule plan by plan. Each plan is "
                    + "judged by the independent checker against the dataset it was solved from.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanComparison.class)))
    @ApiResponse(responseCode = "400", description = "Fewer than 2 or more than 8 plan ids", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "A plan has no plan yet", content = @Content(mediaType = PROBLEM))
    @Audited(personalData = true)
    public PlanComparison compare(@Parameter(description = "The plans, the first one the baseline", examples = @ExampleObject(
            name = "twoPlans", summary = "ids=12&ids=13, or ids=12,13", value = "[12, 13]"))
            @RequestParam(required = false) List<Long> ids) {
        return comparisons.compare(ids);
    }

    @GetMapping(path = "/api/plans/compare.csv", produces = "text/csv")
    @Operation(summary = "Compare two or more plans, as CSV",
            description = "The same comparison as a table: section, key and a column per plan.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Fewer than 2 or more than 8 plan ids", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "A plan has no plan yet", content = @Content(mediaType = PROBLEM))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> compareCsv(@Parameter(description = "The plans, the first one the baseline", examples = @ExampleObject(
            name = "twoPlans", summary = "ids=12&ids=13, or ids=12,13", value = "[12, 13]"))
            @RequestParam(required = false) List<Long> ids) {
        String csv = Csv.BYTE_ORDER_MARK + comparisons.compare(ids).csv();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"comparison.csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
