package org.caravan.api.dataset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.security.Audited;
import org.caravan.data.dataset.Dataset;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Datasets", description = "Upload, list, read and delete planners' datasets (caravan-dataset/1), and their "
        + "numbered versions.")
public class DatasetController {

    private static final String PROBLEM = "application/problem+json";

    private final Datasets datasets;

    public DatasetController(Datasets datasets) {
        this.datasets = datasets;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a dataset as a JSON body",
            description = "Validates the whole dataset and stores it as version 1 of a new dataset. A dataset with "
                    + "problems is refused with 400 and a problem detail whose `issues` lists every problem with its "
                    + "JSON path.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the new dataset",
            content = @Content(schema = @Schema(implementation = DatasetSummary.class)))
    @ApiResponse(responseCode = "400", description = "Invalid dataset", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = "Larger than caravan.max-upload-size", content = @Content(mediaType = PROBLEM))
    @Audited("DATASET_UPLOADED")
    public ResponseEntity<DatasetSummary> upload(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A caravan-dataset/1 document, as the body"
                    + " or as the multipart part `file`", content = {
                            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Dataset.class)),
                            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object",
                                    requiredProperties = "file"), schemaProperties = @SchemaProperty(name = "file",
                                    schema = @Schema(type = "string", format = "binary",
                                            description = "A caravan-dataset/1 file")))}) @RequestBody String json,
            @Parameter(description = "Name to list it under; the event's name by default") @RequestParam(required = false) String name) {
        return created(datasets.upload(name, json, DatasetOrigin.UPLOAD));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a dataset as a file (multipart part `file`)")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the new dataset",
            content = @Content(schema = @Schema(implementation = DatasetSummary.class)))
    @ApiResponse(responseCode = "400", description = "Invalid dataset", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = "Larger than caravan.max-upload-size", content = @Content(mediaType = PROBLEM))
    @Audited("DATASET_UPLOADED")
    public ResponseEntity<DatasetSummary> uploadFile(@RequestPart("file") MultipartFile file,
            @Parameter(description = "Name to list it under; the event's name by default") @RequestParam(required = false) String name)
            throws IOException {
        if (file.isEmpty()) {
            throw new BadRequestException("file", "The uploaded file is empty.");
        }
        return created(datasets.upload(name, new String(file.getBytes(), StandardCharsets.UTF_8), DatasetOrigin.UPLOAD));
    }

    private static ResponseEntity<DatasetSummary> created(DatasetSummary stored) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/datasets/{id}").buildAndExpand(stored.id()).toUri()).body(stored);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listDatasets",
            summary = "List the stored datasets with the sizes of their latest versions")
    @ApiResponse(responseCode = "200", description = "Every dataset, oldest first",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DatasetSummary.class))))
    public List<DatasetSummary> list() {
        return datasets.list();
    }

    @GetMapping(path = "/{datasetId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "dataset", summary = "The latest version's document as uploaded (caravan-dataset/1)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Dataset.class)))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = PROBLEM))
    @Audited(personalData = true)
    public ResponseEntity<String> get(@PathVariable long datasetId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(datasets.json(datasetId));
    }

    @GetMapping(path = "/{datasetId}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The dataset's name, the sizes of its latest version and its upload time")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DatasetSummary.class)))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = PROBLEM))
    public DatasetSummary summary(@PathVariable long datasetId) {
        return datasets.get(datasetId);
    }

    @PostMapping(path = "/{datasetId}/versions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a new version: a full dataset document",
            description = "Validates the document like an upload and stores it as the next version, made from the "
                    + "latest one. Earlier versions and the plans made from them stay as they are; new solves use the "
                    + "latest version unless they name another.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the new version's document",
            content = @Content(schema = @Schema(implementation = DatasetVersionSummary.class)))
    @ApiResponse(responseCode = "400", description = "Invalid dataset", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = "Larger than caravan.max-upload-size", content = @Content(mediaType = PROBLEM))
    @Audited("DATASET_VERSION_ADDED")
    public ResponseEntity<DatasetVersionSummary> addVersion(@PathVariable long datasetId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A caravan-dataset/1 document",
                    content = @Content(schema = @Schema(implementation = Dataset.class))) @RequestBody String json) {
        DatasetVersionSummary added = datasets.addVersion(datasetId, json, DatasetOrigin.UPLOAD);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/datasets/{id}/versions/{version}").buildAndExpand(datasetId, added.version()).toUri())
                .body(added);
    }

    @GetMapping(path = "/{datasetId}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The version history of a dataset, oldest first: what made each version and from which")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = DatasetVersionSummary.class))))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = PROBLEM))
    public List<DatasetVersionSummary> versions(@PathVariable long datasetId) {
        return datasets.versions(datasetId);
    }

    @GetMapping(path = "/{datasetId}/versions/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One version's document as posted (caravan-dataset/1)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Dataset.class)))
    @ApiResponse(responseCode = "404", description = "No such dataset or version", content = @Content(mediaType = PROBLEM))
    @Audited(personalData = true)
    public ResponseEntity<String> version(@PathVariable long datasetId, @PathVariable int version) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(datasets.json(new DatasetVersionId(datasetId, version)));
    }

    @DeleteMapping("/{datasetId}")
    @Operation(operationId = "deleteDataset", summary = "Delete a dataset with its versions and plans",
            description = "Refused with 409 while a solve of the dataset is queued or running: stop it first.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "A solve of it is queued or running", content = @Content(mediaType = PROBLEM))
    @Audited("DATASET_DELETED")
    public ResponseEntity<Void> delete(@PathVariable long datasetId) {
        datasets.delete(datasetId);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    @PostMapping(path = "/{datasetId}/participants/{participantId}/erasure", produces = MediaType.APPLICATION_JSON_VALUE)
    @Audited("PERSONAL_DATA_ERASED")
    @Operation(summary = "Erase a participant's personal data, on their request",
            description = "In every version of the dataset the participant's name becomes \"" + ParticipantErasure.ERASED_NAME
                    + "\" and their other free text (organisation, household label, fields the format does not know) "
                    + "is removed. Their id and the planning facts stay, so counts and plans are kept; rooming lists, "
                    + "manifests and documents show the new name from now on. Recorded in the audit trail.")
    @ApiResponse(responseCode = "200", description = "Erased",
            content = @Content(schema = @Schema(implementation = ErasedParticipant.class)))
    @ApiResponse(responseCode = "404", description = "No such dataset, or no version has the participant",
            content = @Content(mediaType = PROBLEM))
    public ErasedParticipant erase(@PathVariable long datasetId, @PathVariable String participantId) {
        int versions = datasets.eraseParticipant(datasetId, participantId);
        return new ErasedParticipant(datasetId, participantId, versions, ParticipantErasure.ERASED_NAME);
    }
}
