package org.caravan.api.sheets;

import org.caravan.api.dataset.DatasetSummary;
import org.caravan.data.sheets.ImportReport;

/**
 * A stored import: the dataset it made, the dataset it was merged into (null for a new one, which is then left as
 * it was), and what the import added, updated and left unchanged.
 */
public record SheetImportResult(DatasetSummary dataset, Long basedOn, ImportReport report) {
}
