package org.caravan.api.solve;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.scenario.ScenarioOverrides;

import java.io.UncheckedIOException;

/**
 * The scenario a solve is for, its overrides as JSON, kept on the plan as they were when it was queued, and how many
 * participants its dataset has once they are applied (people left out are not among them).
 */
public record ScenarioLink(long scenarioId, String overrides, int participants) {

    /** The overrides as stored with a scenario or a plan. */
    public static ScenarioOverrides read(String json) {
        try {
            return CaravanJson.mapper().readValue(json, ScenarioOverrides.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
