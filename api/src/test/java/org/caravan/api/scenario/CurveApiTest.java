package org.caravan.api.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.SolveOptions;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The budget curve over the API, with a stand-in engine that records what each level was solved from. */
class CurveApiTest extends ApiTestSupport {

    private record Solve(BigDecimal budget, Plan startFrom, Plan returned) {
    }

    @Test
    void levelsAreChainedSolvesAndTheCurveIsServedAsJsonAndSvg() throws Exception {
        List<Solve> solves = new CopyOnWriteArrayList<>();
        when(engine.solve(any(), any(), any())).thenAnswer(invocation -> {
            ValidDataset dataset = invocation.getArgument(0);
            SolveOptions options = invocation.getArgument(1);
            Plan plan = tinyPlan().withVersion(solves.size() + 1);
            solves.add(new Solve(dataset.dataset().budget().total(), options.startFrom(), plan));
            return plan;
        });
        long datasetId = uploadTiny();

        JsonNode queued = json.readTree(planner.perform(post("/api/datasets/{id}/curve", datasetId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": 0.5, \"to\": 1.5, \"steps\": 3, \"secondsPerLevel\": 1, \"everyoneFromPriority\": 2,"
                                + " \"precision\": 2500}"))
                .andExpect(status().isAccepted()).andExpect(header().string("Location", containsString("/api/curves/")))
                .andReturn().getResponse().getContentAsString());
        long curveId = queued.get("id").asLong();
        JsonNode curve = awaitCurve(curveId);

        assertThat(curve.get("status").asText()).as(curve.toString()).isEqualTo("DONE");
        assertThat(curve.get("levels").findValues("budget")).extracting(JsonNode::asInt).containsExactly(10000, 20000, 30000);
        assertThat(curve.get("chart").get("brought")).hasSize(3);
        assertThat(curve.get("chart").get("currency").asText()).isEqualTo("EUR");
        // Each level after the first starts from the plan of the level below.
        assertThat(solves.get(0).startFrom()).isNull();
        assertThat(solves.get(1).startFrom()).isSameAs(solves.get(0).returned());
        assertThat(solves.get(2).startFrom()).isSameAs(solves.get(1).returned());
        JsonNode threshold = curve.get("threshold");
        assertThat(threshold.get("found").asBoolean()).isTrue();
        assertThat(threshold.get("precision").decimalValue()).isLessThanOrEqualTo(new BigDecimal("2500"));
        assertThat(solves.size()).as("three levels, then the bisection's solves").isGreaterThan(3);

        planner.perform(get("/api/curves/{id}/curve.svg", curveId)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<polyline")));
        planner.perform(get("/api/datasets/{id}/curves", datasetId)).andExpect(jsonPath("$[0].id").value((int) curveId));
        stranger.perform(get("/api/curves/{id}", curveId)).andExpect(status().isNotFound());
        viewer.perform(get("/api/curves/{id}", curveId)).andExpect(status().isOk());
        viewer.perform(post("/api/datasets/{id}/curve", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"budgets\": [1000]}")).andExpect(status().isForbidden());
    }

    @Test
    void levelsMustBeAmountsOrShares() throws Exception {
        long datasetId = uploadTiny();
        planner.perform(post("/api/datasets/{id}/curve", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"budgets\": [1000], \"from\": 0.5, \"to\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.issues[0].path").value("$.budgets"));
        planner.perform(post("/api/datasets/{id}/curve", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": 0.5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.issues[0].path").value("$.to"));
        planner.perform(post("/api/datasets/{id}/curve", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"budgets\": [-5]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.issues[0].path").value("$.budgets"));
        // The time per level is held to the service's limit, as every solve's is.
        planner.perform(post("/api/datasets/{id}/curve", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"budgets\": [1000], \"secondsPerLevel\": 100000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("$.secondsPerLevel"));
    }

    private JsonNode awaitCurve(long curveId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode curve = json.readTree(planner.perform(get("/api/curves/{id}", curveId)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            String status = curve.get("status").asText();
            if (status.equals("DONE") || status.equals("FAILED") || System.nanoTime() > deadline) {
                return curve;
            }
            Thread.sleep(50);
        }
    }
}
