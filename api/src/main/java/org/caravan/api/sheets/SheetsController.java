package org.caravan.api.sheets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caravan.api.contract.OpenApiContract;
import org.caravan.api.dataset.DatasetOrigin;
import org.caravan.api.dataset.DatasetSummary;
import org.caravan.api.dataset.DatasetVersionId;
import org.caravan.api.dataset.DatasetVersionSummary;
import org.caravan.api.dataset.Datasets;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.NotFoundException;
import org.caravan.api.security.Audited;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.export.Csv;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.sheets.ImportedDataset;
import org.caravan.data.sheets.SheetFile;
import org.caravan.data.sheets.SheetImporter;
import org.caravan.data.sheets.SheetKind;
import org.caravan.data.sheets.SheetSet;
import org.caravan.data.sheets.SheetWriter;
import org.caravan.data.text.WrittenLanguage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Planners' spreadsheets: templates to fill in, a dataset made from spreadsheets or merged with them, and a dataset
 * as spreadsheets to edit and import back. Layouts: docs/SPREADSHEETS.md.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Spreadsheets", description = "Templates, imports from CSV and Excel files, exports to them.")
public class SheetsController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Datasets datasets;

    public SheetsController(Datasets datasets) {
        this.datasets = datasets;
    }

    @GetMapping(path = "/sheets/templates/{set}.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "A template to fill in: participants, hotels, flights or the whole dataset",
            description = "Each sheet has its headers and one example row; a last sheet explains every column.")
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "Unknown language", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such template", content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<byte[]> template(@Parameter(description = "participants, hotels, flights or dataset") @PathVariable String set,
            @Parameter(description = "en (default) or fr") @RequestParam(required = false) String lang) {
        SheetSet sheets = sheetSet(set);
        WrittenLanguage language = language(lang);
        return xlsx(SheetWriter.template(sheets.kinds(), language),
                "caravan-" + sheets.slug() + "-template-" + language.name().toLowerCase() + ".xlsx");
    }

    @PostMapping(path = "/datasets/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make a new dataset from spreadsheets (multipart parts `files`)",
            description = "The files must give the whole dataset: the Event, Airports and Participants sheets at least "
                    + "(a template of the whole dataset has them all). Problems answer 400 with every issue at its sheet, row and column.")
    @ApiResponse(responseCode = "201", description = "Stored as version 1 of a new dataset; Location names it",
            content = @Content(schema = @Schema(implementation = SheetImportResult.class)))
    @ApiResponse(responseCode = "400", description = "Problems in the spreadsheets; nothing imported",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = OpenApiContract.SHEETS_PROBLEM_REF)))
    @ApiResponse(responseCode = "413", description = "Larger than caravan.max-upload-size", content = @Content(mediaType = "application/problem+json"))
    @Audited("DATASET_IMPORTED")
    public ResponseEntity<SheetImportResult> importNew(@RequestPart("files") List<MultipartFile> files,
            @Parameter(description = "Name to list it under; the event's name by default") @RequestParam(required = false) String name)
            throws IOException {
        ImportedDataset imported = SheetImporter.importSheets(sheetFiles(files), null);
        DatasetSummary stored = datasets.upload(name, CaravanJson.toJson(imported.dataset()), DatasetOrigin.IMPORT);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/datasets/{id}")
                .buildAndExpand(stored.id()).toUri()).body(new SheetImportResult(stored.id(), stored.latestVersion(), null,
                imported.report()));
    }

    @PostMapping(path = "/datasets/{datasetId}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Merge spreadsheets into a dataset, as its next version (multipart parts `files`)",
            description = "Rows are matched by id to the dataset's latest version: a known id updates that record, a new "
                    + "one adds it, and records no row names are kept; a column the sheet lacks keeps that field. Earlier "
                    + "versions and their plans stay as they are.")
    @ApiResponse(responseCode = "201", description = "Stored as the dataset's next version; Location names it",
            content = @Content(schema = @Schema(implementation = SheetImportResult.class)))
    @ApiResponse(responseCode = "400", description = "Problems in the spreadsheets; nothing imported",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = OpenApiContract.SHEETS_PROBLEM_REF)))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Larger than caravan.max-upload-size", content = @Content(mediaType = "application/problem+json"))
    @Audited("DATASET_VERSION_IMPORTED")
    public ResponseEntity<SheetImportResult> importInto(@PathVariable long datasetId, @RequestPart("files") List<MultipartFile> files)
            throws IOException {
        List<SheetFile> sheets = sheetFiles(files);
        DatasetVersionId base = latest(datasetId);
        ImportedDataset imported = SheetImporter.importSheets(sheets, datasets.valid(base).dataset());
        DatasetVersionSummary added = datasets.addVersion(datasetId, base.version(), imported.dataset(), DatasetOrigin.IMPORT);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/datasets/{id}/versions/{version}").buildAndExpand(datasetId, added.version()).toUri())
                .body(new SheetImportResult(datasetId, added.version(), base.version(), imported.report()));
    }

    @GetMapping(path = "/datasets/{datasetId}/sheets/{set}.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "A dataset's latest version as a workbook (participants, hotels, flights or all), to edit and import back")
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "Unknown language", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such dataset or set of sheets", content = @Content(mediaType = "application/problem+json"))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> export(@PathVariable long datasetId, @PathVariable String set,
            @Parameter(description = "en (default) or fr") @RequestParam(required = false) String lang) {
        SheetSet sheets = sheetSet(set);
        WrittenLanguage language = language(lang);
        Dataset dataset = datasets.valid(latest(datasetId)).dataset();
        return xlsx(SheetWriter.workbook(dataset, sheets.kinds(), language), "dataset-" + datasetId + "-" + sheets.slug() + ".xlsx");
    }

    @GetMapping(path = "/datasets/{datasetId}/participants.csv", produces = "text/csv")
    @Operation(summary = "A dataset's participants (latest version) as CSV, headed in English or French")
    @ApiResponse(responseCode = "200", description = "The participants, one a row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Unknown language", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(mediaType = "application/problem+json"))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> participantsCsv(@PathVariable long datasetId,
            @Parameter(description = "en (default) or fr") @RequestParam(required = false) String lang) {
        String csv = SheetWriter.csv(datasets.valid(latest(datasetId)).dataset(), SheetKind.PARTICIPANTS, language(lang));
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("dataset-" + datasetId + "-participants.csv").build().toString())
                .body(Csv.bytes(csv));
    }

    private DatasetVersionId latest(long datasetId) {
        return new DatasetVersionId(datasetId, datasets.get(datasetId).latestVersion());
    }

    private static List<SheetFile> sheetFiles(List<MultipartFile> files) throws IOException {
        List<SheetFile> sheets = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                sheets.add(new SheetFile(file.getOriginalFilename(), file.getBytes()));
            }
        }
        if (sheets.isEmpty()) {
            throw new BadRequestException("files", "No spreadsheet was uploaded; send CSV or Excel files as parts named files.");
        }
        return sheets;
    }

    private static SheetSet sheetSet(String set) {
        return SheetSet.of(set).orElseThrow(() -> new NotFoundException("set",
                "There is no set of sheets '" + set + "'; use one of " + SheetSet.slugs() + "."));
    }

    private static WrittenLanguage language(String lang) {
        if (lang == null || lang.isBlank()) {
            return WrittenLanguage.EN;
        }
        WrittenLanguage language = WrittenLanguage.of(lang);
        if (language == null) {
            throw new BadRequestException("lang", "The language '" + lang + "' is not one sheets are written in; use en or fr.");
        }
        return language;
    }

    private static ResponseEntity<byte[]> xlsx(byte[] workbook, String filename) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(workbook);
    }
}
