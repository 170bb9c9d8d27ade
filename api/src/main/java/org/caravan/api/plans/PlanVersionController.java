package org.caravan.api.plans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caravan.api.dataset.DatasetVersionId;
import org.caravan.api.dataset.Datasets;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.ConflictException;
import org.caravan.api.problem.NotFoundException;
import org.caravan.api.security.Audited;
import org.caravan.api.solve.PlanStore;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DocumentReader;
import org.caravan.data.validation.PlanLoader;
import org.caravan.data.validation.ValidDataset;
import org.caravan.data.validation.ValidationIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** Deleting a plan version, and checking a plan a planner edited by hand against a dataset version. */
@RestController
@Tag(name = "Solving")
public class PlanVersionController {

    private static final Logger LOG = LoggerFactory.getLogger(PlanVersionController.class);
    private static final String PROBLEM = "application/problem+json";

    private final PlanStore plans;
    private final Datasets datasets;

    public PlanVersionController(PlanStore plans, Datasets datasets) {
        this.plans = plans;
        this.datasets = datasets;
    }

    @DeleteMapping("/api/plans/{planId}")
    @Operation(operationId = "deletePlan", summary = "Delete a plan version",
            description = "Only a plan whose solve has ended (DONE, STOPPED, FAILED, INTERRUPTED): a queued or "
                    + "running one answers 409; stop it first (POST /api/plans/{planId}/stop) and delete it once "
                    + "it has stopped. The dataset and its other plan versions stay. Recorded in the audit trail.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such plan (or already deleted)", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The plan is queued or being solved", content = @Content(mediaType = PROBLEM))
    @Audited("PLAN_DELETED")
    public ResponseEntity<Void> delete(@PathVariable long planId) {
        if (!plans.deleteEnded(planId)) {
            if (plans.find(planId).isPresent()) {
                throw new ConflictException("Plan " + planId + " is queued or being solved; stop it first "
                        + "(POST /api/plans/" + planId + "/stop), then delete it.");
            }
            throw new NotFoundException("planId", "No plan " + planId + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/datasets/{datasetId}/versions/{version}/check", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "checkSubmittedPlan",
            summary = "Check a plan (caravan-plan/1, say one edited by hand) against a dataset version",
            description = "The independent checker recomputes every hard rule, cost, penalty and the score from the "
                    + "dataset version and the plan's decisions, exactly as `java -jar caravan.jar check DATASET PLAN` "
                    + "does, and says where the plan's own figures disagree. Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The verdict and the figures per rule",
            content = @Content(schema = @Schema(implementation = PlanCheck.class)))
    @ApiResponse(responseCode = "400", description = "The plan cannot be read; issues name each path", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such dataset or version", content = @Content(mediaType = PROBLEM))
    public PlanCheck check(@PathVariable long datasetId, @PathVariable int version,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A caravan-plan/1 document",
                    content = @Content(schema = @Schema(implementation = Plan.class))) @RequestBody String json) {
        ValidDataset dataset = datasets.valid(new DatasetVersionId(datasetId, version));
        DocumentReader.Reading<Plan> reading = PlanLoader.read(json);
        List<ValidationIssue> issues = new ArrayList<>(reading.with(reading.value() == null ? List.of() : shape(reading.value())));
        if (!issues.isEmpty()) {
            throw new BadRequestException(issues);
        }
        try {
            return PlanCheck.of(PlanChecker.check(dataset, reading.value()));
        } catch (RuntimeException e) {
            LOG.warn("A submitted plan could not be checked against dataset {} version {}: {}", datasetId, version, e.toString());
            throw new BadRequestException("$", "The plan cannot be checked against this dataset version: its "
                    + "decisions do not fit it (" + e.getClass().getSimpleName() + ").");
        }
    }

    /** What the checker needs of a plan's shape: one decision per entry, each naming its participant. */
    private static List<ValidationIssue> shape(Plan plan) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (!Plan.FORMAT.equals(plan.format())) {
            issues.add(new ValidationIssue("$.format", "The format must be " + Plan.FORMAT + "."));
        }
        for (int i = 0; i < plan.assignments().size(); i++) {
            Assignment assignment = plan.assignments().get(i);
            String path = "$.assignments[" + i + "]";
            if (assignment == null) {
                issues.add(new ValidationIssue(path, "The assignment is empty (null)."));
            } else if (assignment.participant() == null || assignment.participant().isBlank()) {
                issues.add(new ValidationIssue(path + ".participant", "The assignment names no participant."));
            } else if (assignment.nights() != null && assignment.nights().stream().anyMatch(java.util.Objects::isNull)) {
                issues.add(new ValidationIssue(path + ".nights", "A night is empty (null)."));
            }
        }
        return issues;
    }
}
