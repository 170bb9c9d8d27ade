package org.caravan.api.solve;

import org.caravan.api.dataset.Datasets;
import org.caravan.data.dataset.Dataset;
import org.springframework.stereotype.Component;

/** What a plan was solved from: its dataset version, in its valid form, with the plan's policy overrides. */
@Component
public class PlanInputs {

    private final Datasets datasets;

    PlanInputs(Datasets datasets) {
        this.datasets = datasets;
    }

    /** The dataset exactly as this plan solves it; the stored version itself is never changed. */
    public Dataset dataset(PlanRecord plan) {
        return PolicyOverrides.fromJson(plan.overrides()).applyTo(datasets.valid(plan.datasetVersionId()));
    }
}
