package org.caravan.api.dataset;

import org.caravan.api.security.PathOwnership;
import org.springframework.stereotype.Component;

/** {@code {datasetId}} in a path names a dataset of the caller's organisation, or the request answers 404. */
@Component
class DatasetOwnership implements PathOwnership {

    private final Datasets datasets;

    DatasetOwnership(Datasets datasets) {
        this.datasets = datasets;
    }

    @Override
    public String variable() {
        return "datasetId";
    }

    @Override
    public void requireVisible(long id) {
        datasets.requireVisible(id);
    }
}
