package org.caravan.api.solve;

import org.caravan.api.security.PathOwnership;
import org.springframework.stereotype.Component;

/** {@code {planId}} in a path names a plan of the caller's organisation, or the request answers 404. */
@Component
class PlanOwnership implements PathOwnership {

    private final PlanStore plans;

    PlanOwnership(PlanStore plans) {
        this.plans = plans;
    }

    @Override
    public String variable() {
        return "planId";
    }

    @Override
    public void requireVisible(long id) {
        plans.requireVisible(id);
    }
}
