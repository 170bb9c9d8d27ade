package org.caravan.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who did what, when: the owner reads it; the version histories say who made each version. */
class AuditTrailTest extends ApiTestSupport {

    @Test
    void uploadsSolvesStopsExportsAndDeletionsAreRecordedWithWhoDidThem() throws Exception {
        long datasetId = uploadTiny();
        planner.perform(post("/api/datasets/{id}/versions", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content(tinyDataset())).andExpect(status().isCreated());
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 60}");
        awaitProgress(planId);
        planner.perform(post("/api/plans/{id}/stop", planId)).andExpect(status().isAccepted());
        awaitStatus(planId, SolveState.STOPPED);
        viewer.perform(get("/api/plans/{id}/rooming-lists/h1.csv", planId)).andExpect(status().isOk());
        viewer.perform(get("/api/plans/{id}", planId)).andExpect(status().isOk());
        planner.perform(delete("/api/datasets/{id}", datasetId)).andExpect(status().isNoContent());

        JsonNode trail = json.readTree(owner.perform(get("/api/organisation/audit").param("limit", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : trail) {
            String target = entry.get("target").asText();
            boolean export = entry.get("action").asText().equals("PERSONAL_DATA_EXPORTED");
            if (!export && (target.contains("datasetId=" + datasetId) || target.contains("/api/datasets/" + datasetId)
                    || target.equals("planId=" + planId))) {
                lines.add(entry.get("action").asText() + " by " + entry.get("actor").asText());
            }
        }
        assertThat(lines).as("newest first").containsExactly(
                "DATASET_DELETED by token planner (#%d)".formatted(tokenId("planner")),
                "SOLVE_STOPPED by token planner (#%d)".formatted(tokenId("planner")),
                "SOLVE_STARTED by token planner (#%d)".formatted(tokenId("planner")),
                "DATASET_VERSION_ADDED by token planner (#%d)".formatted(tokenId("planner")),
                "DATASET_UPLOADED by token planner (#%d)".formatted(tokenId("planner")));
        assertThat(trail.findValuesAsText("action")).contains("PERSONAL_DATA_EXPORTED");
        assertThat(trail.toString()).as("reading a status is no export").doesNotContain("GET /api/plans/{planId}\"");
    }

    @Test
    void theVersionHistoriesSayWhoMadeEachVersion() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(planId, SolveState.DONE);
        String planner = "token planner (#" + tokenId("planner") + ")";
        this.planner.perform(get("/api/datasets/{id}/versions", datasetId))
                .andExpect(jsonPath("$[0].createdBy").value(planner));
        this.planner.perform(get("/api/datasets/{id}/plans", datasetId))
                .andExpect(jsonPath("$[0].createdBy").value(planner));
    }

    @Test
    void theTrailIsTheOwnersOnlyAndShowsNoOtherOrganisation() throws Exception {
        viewer.perform(get("/api/organisation/audit")).andExpect(status().isForbidden());
        stranger.perform(get("/api/organisation/audit")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].actor").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem("token planner (#" + tokenId("planner") + ")"))));
    }

    private long tokenId(String name) throws Exception {
        JsonNode tokens = json.readTree(owner.perform(get("/api/organisation/tokens")).andReturn().getResponse()
                .getContentAsString());
        for (JsonNode token : tokens) {
            if (token.get("name").asText().equals(name)) {
                return token.get("id").asLong();
            }
        }
        throw new AssertionError("No token " + name);
    }
}
