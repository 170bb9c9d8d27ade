package org.caravan.api.dataset;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.validation.DatasetLoader;

/** Reads an uploaded dataset, reporting every problem with its JSON path (InvalidDatasetException). */
final class DatasetUploads {

    private DatasetUploads() {
    }

    static Dataset parse(String json) {
        return DatasetLoader.load(json).dataset();
    }
}
