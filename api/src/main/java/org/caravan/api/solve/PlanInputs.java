package org.caravan.api.solve;

import org.caravan.api.dataset.Datasets;
import org.caravan.data.validation.ValidDataset;
import org.springframework.stereotype.Component;

/** What a plan was solved from: its dataset version, in its valid form, with the plan's policy overrides. */
@Component
public class PlanInputs {

    private final Datasets datasets;

    PlanInputs(Datasets datasets) {
        this.datasets = datasets;
    }

    /**
     * The dataset exactly as this plan solves it; the stored version itself is never changed. Without overrides it is
     * the stored version's valid form as kept in memory; overrides give it another policy (its index is rebuilt).
     */
    public ValidDataset dataset(PlanRecord plan) {
        ValidDataset stored = datasets.valid(plan.datasetVersionId());
        PolicyOverrides overrides = PolicyOverrides.fromJson(plan.overrides());
        return overrides.isEmpty() ? stored : stored.withPolicy(overrides.applyTo(stored.dataset()).policy());
    }
}
