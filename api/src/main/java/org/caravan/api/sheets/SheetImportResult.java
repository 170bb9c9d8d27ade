package org.caravan.api.sheets;

import io.swagger.v3.oas.annotations.media.Schema;
import org.caravan.data.sheets.ImportReport;

/**
 * A stored import: the dataset version it made, the version it was merged into, and what the import added, updated
 * and left unchanged.
 */
public record SheetImportResult(
        long datasetId,
        @Schema(description = "The version the import made: 1 for a new dataset, else the next version of the dataset") int version,
        @Schema(description = "The version the spreadsheets were merged into; absent for a new dataset") Integer basedOn,
        ImportReport report) {
}
