package org.caravan.api.solve;

import org.caravan.api.dataset.Datasets;
import org.caravan.data.validation.ValidDataset;
import org.springframework.stereotype.Component;

/** What a plan was solved from: its dataset version, in its valid form, with the plan's policy overrides. */
@Component
public class PlanInputs {

    private final Datasets datasets;
    private final PlanStore plans;

    PlanInputs(Datasets datasets, PlanStore plans) {
        this.datasets = datasets;
        this.plans = plans;
    }

    /**
     * The dataset exactly as this plan solves it; the stored version itself is never changed. Without overrides it is
     * the stored version's valid form as kept in memory; a scenario's overrides change it as the scenario says, and
     * policy overrides give it another policy (its index is rebuilt).
     */
    public ValidDataset dataset(PlanRecord plan) {
        ValidDataset stored = plans.scenarioOverrides(plan.id()).map(ScenarioLink::read)
                .map(scenario -> scenario.applyTo(datasets.valid(plan.datasetVersionId())))
                .orElseGet(() -> datasets.valid(plan.datasetVersionId()));
        PolicyOverrides overrides = PolicyOverrides.fromJson(plan.overrides());
        return overrides.isEmpty() ? stored : stored.withPolicy(overrides.applyTo(stored.dataset()).policy());
    }
}
