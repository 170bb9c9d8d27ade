package org.caravan.data.validation;

import org.caravan.data.dataset.Dataset;

/**
 * A dataset that can be planned: the proof that {@link DatasetValidator} found no problem in it, with the
 * {@link DatasetIndex} the validation computed. Only this package makes one, through {@link DatasetLoader#load} or
 * {@link DatasetValidator#valid}; everything downstream (the engine, the checker, the exports, the explanations) takes
 * it instead of a dataset that "must be valid".
 * <p>
 * Immutable and thread-safe: the dataset's records and lists cannot change once read, and the index is complete when
 * this is made. A service can keep one instance per stored dataset version and share it between requests and solves.
 */
public final class ValidDataset {

    private final Dataset dataset;
    private final DatasetIndex index;

    ValidDataset(Dataset dataset, DatasetIndex index) {
        this.dataset = dataset;
        this.index = index;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetIndex index() {
        return index;
    }

    @Override
    public String toString() {
        return "ValidDataset[" + dataset.event().name() + ", " + dataset.participants().size() + " participants]";
    }
}
