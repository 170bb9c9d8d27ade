package org.caravan.data.sheets;

import org.caravan.data.dataset.Dataset;

/** The dataset the spreadsheets make (valid: it passed the dataset validation) and what the import did. */
public record ImportedDataset(Dataset dataset, ImportReport report) {
}
