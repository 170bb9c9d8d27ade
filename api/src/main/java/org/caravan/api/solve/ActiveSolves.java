package org.caravan.api.solve;

import org.caravan.api.dataset.DatasetUse;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A dataset with a solve queued or running (in any state the lifecycle calls active) is not deleted. */
@Component
class ActiveSolves implements DatasetUse {

    private final PlanStore plans;

    ActiveSolves(PlanStore plans) {
        this.plans = plans;
    }

    @Override
    public Optional<String> blocksDeletion(long datasetId) {
        int active = plans.count(datasetId, PlanLifecycle.active());
        return active == 0 ? Optional.empty() : Optional.of("Dataset " + datasetId + " has " + active
                + " solve(s) queued or running; stop them before deleting it.");
    }
}
