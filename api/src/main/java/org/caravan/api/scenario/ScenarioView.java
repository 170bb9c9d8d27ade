package org.caravan.api.scenario;

import org.caravan.api.solve.PlanView;
import org.caravan.api.solve.PolicyOverrides;
import org.caravan.data.scenario.ScenarioOverrides;

import java.time.OffsetDateTime;
import java.util.List;

/** A stored scenario, with the plans solved for it (oldest first). */
public record ScenarioView(long id, long datasetId, int datasetVersion, String name, ScenarioOverrides overrides,
        PolicyOverrides policy, OffsetDateTime createdAt, String createdBy, List<PlanView> plans) {
}
