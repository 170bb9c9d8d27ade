package org.caravan.api.dataset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.ConflictException;
import org.caravan.api.solve.PlanStore;
import org.caravan.data.dataset.Dataset;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/datasets")
@Tag(name = "Datasets", description = "Upload, list, read and delete planners' datasets (caravan-dataset/1).")
public class DatasetController {

    private final DatasetStore datasets;
    private final PlanStore plans;
    private final TransactionTemplate transaction;

    public DatasetController(DatasetStore datasets, PlanStore plans, TransactionTemplate transaction) {
        this.datasets = datasets;
        this.plans = plans;
        this.transaction = transaction;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a dataset as a JSON body",
            description = "Validates the whole dataset and stores it. A dataset with problems is refused with 400 and a "
                    + "problem detail whose `issues` lists every problem with its JSON path.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the new dataset")
    @ApiResponse(responseCode = "400", description = "Invalid dataset", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Larger than caravan.max-upload-size", content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<DatasetSummary> upload(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A caravan-dataset/1 document",
                    content = @Content(schema = @Schema(implementation = Dataset.class))) @RequestBody String json,
            @Parameter(description = "Name to list it under; the event's name by default") @RequestParam(required = false) String name) {
        return store(json, name);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a dataset as a file (multipart part `file`)")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the new dataset")
    @ApiResponse(responseCode = "400", description = "Invalid dataset", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Larger than caravan.max-upload-size", content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<DatasetSummary> uploadFile(@RequestPart("file") MultipartFile file,
            @Parameter(description = "Name to list it under; the event's name by default") @RequestParam(required = false) String name)
            throws IOException {
        if (file.isEmpty()) {
            throw new BadRequestException("file", "The uploaded file is empty.");
        }
        return store(new String(file.getBytes(), StandardCharsets.UTF_8), name);
    }

    private ResponseEntity<DatasetSummary> store(String json, String name) {
        if (json == null || json.isBlank()) {
            throw new BadRequestException("$", "The request body is empty; send a caravan-dataset/1 document.");
        }
        Dataset dataset = DatasetUploads.parse(json);
        String listedAs = name != null && !name.isBlank() ? name.strip()
                : dataset.event() != null && dataset.event().name() != null ? dataset.event().name() : "dataset";
        if (listedAs.length() > 500) {
            throw new BadRequestException("name", "The name is longer than 500 characters.");
        }
        DatasetSummary stored = datasets.insert(listedAs, dataset, json);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/datasets/{id}").buildAndExpand(stored.id()).toUri()).body(stored);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the stored datasets with their sizes")
    public List<DatasetSummary> list() {
        return datasets.list();
    }

    @GetMapping(path = "/{datasetId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The dataset document as uploaded (caravan-dataset/1)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Dataset.class)))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<String> get(@PathVariable long datasetId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(datasets.json(datasetId));
    }

    @GetMapping(path = "/{datasetId}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The dataset's name, sizes and upload time")
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = "application/problem+json"))
    public DatasetSummary summary(@PathVariable long datasetId) {
        return datasets.get(datasetId);
    }

    @DeleteMapping("/{datasetId}")
    @Operation(summary = "Delete a dataset and its plans",
            description = "Refused with 409 while a solve of the dataset is queued or running: stop it first.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "A solve of it is queued or running", content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<Void> delete(@PathVariable long datasetId) {
        transaction.executeWithoutResult(status -> {
            datasets.get(datasetId);
            int active = plans.activeSolves(datasetId);
            if (active > 0) {
                throw new ConflictException("Dataset " + datasetId + " has " + active
                        + " solve(s) queued or running; stop them before deleting it.");
            }
            datasets.delete(datasetId);
        });
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
