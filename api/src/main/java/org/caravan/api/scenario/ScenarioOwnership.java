package org.caravan.api.scenario;

import org.caravan.api.security.PathOwnership;
import org.springframework.stereotype.Component;

/** {@code {scenarioId}} in a path names a scenario of the caller's organisation, or the request answers 404. */
@Component
class ScenarioOwnership implements PathOwnership {

    private final ScenarioStore scenarios;

    ScenarioOwnership(ScenarioStore scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public String variable() {
        return "scenarioId";
    }

    @Override
    public void requireVisible(long id) {
        scenarios.get(id);
    }
}
