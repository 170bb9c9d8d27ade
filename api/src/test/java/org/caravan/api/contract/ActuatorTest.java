package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Health with its components and probes for everyone; metrics in Prometheus format for the instance administrator only. */
class ActuatorTest extends ApiTestSupport {

    @Test
    void healthIsPublicWithComponentsButNoDetails() throws Exception {
        JsonNode health = json.readTree(nobody.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString());

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("diskSpace").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("diskSpace").has("details")).as("disk paths and sizes").isFalse();
        for (String probe : new String[] {"liveness", "readiness"}) {
            MvcResult result = nobody.perform(get("/actuator/health/" + probe)).andReturn();
            assertThat(result.getResponse().getStatus()).as(probe).isEqualTo(200);
            assertThat(json.readTree(result.getResponse().getContentAsString()).path("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void theAdministratorSeesHealthDetails() throws Exception {
        JsonNode health = json.readTree(administrator.perform(get("/actuator/health")).andReturn().getResponse()
                .getContentAsString());

        assertThat(health.path("components").path("diskSpace").has("details")).isTrue();
    }

    @Test
    void metricsAreForTheInstanceAdministratorOnly() throws Exception {
        for (String endpoint : new String[] {"/actuator/prometheus", "/actuator/metrics"}) {
            assertThat(nobody.perform(get(endpoint)).andReturn().getResponse().getStatus()).as(endpoint).isEqualTo(401);
            assertThat(owner.perform(get(endpoint)).andReturn().getResponse().getStatus()).as(endpoint).isEqualTo(403);
            assertThat(planner.perform(get(endpoint)).andReturn().getResponse().getStatus()).as(endpoint).isEqualTo(403);
            assertThat(administrator.perform(get(endpoint)).andReturn().getResponse().getStatus()).as(endpoint).isEqualTo(200);
        }
        assertThat(nobody.perform(get("/actuator/env")).andReturn().getResponse().getStatus()).isIn(401, 403);
    }

    @Test
    void prometheusShowsSolvesHttpLatenciesAndNoPersonalData() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(planId, SolveState.DONE);
        planner.perform(get("/api/datasets/" + datasetId + "/summary")).andReturn();

        String metrics = administrator.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();

        assertThat(metrics).contains("caravan_solves{state=\"queued\"}", "caravan_solves{state=\"running\"}",
                "caravan_solves_local", "caravan_solver_score_calculation_speed", "caravan_solve_duration_seconds_count",
                "http_server_requests_seconds_bucket", "uri=\"/api/datasets/{datasetId}/summary\"");
        JsonNode dataset = json.readTree(tinyDataset());
        for (JsonNode participant : dataset.path("participants")) {
            assertThat(metrics).doesNotContain(participant.path("name").asText());
        }
        assertThat(metrics).doesNotContain("/api/datasets/" + datasetId, "Tiny summit", "organisation=");
    }
}
