package org.caravan.api.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Erasing a participant's personal data on request: names and free text go, counts and plans stay. */
class ParticipantErasureTest extends ApiTestSupport {

    @Test
    void theNameAndFreeTextGoFromEveryVersionWhileCountsAndPlansStay() throws Exception {
        // p2's organisation replaced (a field given twice is refused), a household added to p2 and p3
        String withText = tinyDataset().replaceFirst("\"organisation\": \"Ligue\", \"delegation\": \"tn\", \"role\": \"DELEGATE\"",
                        "\"organisation\": \"Sahel Eau\", \"delegation\": \"tn\", \"role\": \"DELEGATE\"")
                .replaceFirst("\"id\": \"p2\",", "\"id\": \"p2\", \"household\": \"Trabelsi family\",")
                .replaceFirst("\"id\": \"p3\",", "\"id\": \"p3\", \"household\": \"Trabelsi family\",");
        assertThat(withText).contains("Sahel Eau");
        long datasetId = json.readTree(planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
                .content(withText)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        planner.perform(post("/api/datasets/{id}/versions", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content(withText)).andExpect(status().isCreated());
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(planId, SolveState.DONE);
        planner.perform(get("/api/plans/{id}/rooming-lists", planId)).andExpect(status().isOk());

        viewer.perform(post("/api/datasets/{id}/participants/p2/erasure", datasetId)).andExpect(status().isForbidden());
        planner.perform(post("/api/datasets/{id}/participants/p2/erasure", datasetId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions").value(2));

        for (int version = 1; version <= 2; version++) {
            String document = planner.perform(get("/api/datasets/{id}/versions/{v}", datasetId, version))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(document).doesNotContain("Leila Trabelsi", "Sahel Eau", "Trabelsi family").contains("Erased participant");
            JsonNode participants = json.readTree(document).get("participants");
            assertThat(participants).hasSize(5);
            assertThat(participants.get(1).get("household").asText()).isEqualTo(participants.get(2).get("household").asText());
        }
        String rooming = planner.perform(get("/api/plans/{id}/rooming-lists", planId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(rooming).as("exports read the erased dataset, not what was in memory").doesNotContain("Leila Trabelsi");
        planner.perform(get("/api/plans/{id}/result", planId)).andExpect(status().isOk());
        planner.perform(get("/api/datasets/{id}/summary", datasetId)).andExpect(jsonPath("$.participants").value(5));
        JsonNode trail = json.readTree(owner.perform(get("/api/organisation/audit")).andReturn().getResponse()
                .getContentAsString());
        assertThat(trail.findParents("action")).anySatisfy(entry -> {
            assertThat(entry.get("action").asText()).isEqualTo("PERSONAL_DATA_ERASED");
            assertThat(entry.get("target").asText()).isEqualTo("datasetId=" + datasetId + ", participantId=p2");
        });

        planner.perform(post("/api/datasets/{id}/participants/p99/erasure", datasetId)).andExpect(status().isNotFound());
    }
}
