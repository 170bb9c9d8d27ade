package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.validation.DatasetLoader;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Deleting a plan version, and checking a hand-edited plan with the CLI's independent checker over REST. */
class PlanVersionsApiTest extends ApiTestSupport {

    @Test
    void anEndedPlanIsDeletedOnce_andTheDeletionIsAudited() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(planId, SolveState.DONE);

        assertThat(viewer.perform(delete("/api/plans/{id}", planId)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(planner.perform(delete("/api/plans/{id}", planId)).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(planner.perform(delete("/api/plans/{id}", planId)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(planner.perform(get("/api/plans/{id}", planId)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(planner.perform(get("/api/datasets/{id}/summary", datasetId)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        JsonNode audit = json.readTree(owner.perform(get("/api/organisation/audit")).andReturn().getResponse().getContentAsString());
        assertThat(audit.findValuesAsText("action")).contains("PLAN_DELETED");
    }

    @Test
    void aRunningPlanIsNotDeleted_stopItFirst() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 30}");
        awaitProgress(planId);

        MvcResult refused = planner.perform(delete("/api/plans/{id}", planId)).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(json.readTree(refused.getResponse().getContentAsString()).path("type").asText()).isEqualTo("/problems/conflict");
        planner.perform(post("/api/plans/{id}/stop", planId)).andReturn();
        awaitStatus(planId, SolveState.STOPPED);
        assertThat(planner.perform(delete("/api/plans/{id}", planId)).andReturn().getResponse().getStatus()).isEqualTo(204);
    }

    @Test
    void aSubmittedPlanIsCheckedLikeTheCommandLineChecksIt() throws Exception {
        long datasetId = uploadTiny();
        String plan = CaravanJson.toJson(tinyPlan());
        CheckReport expected = PlanChecker.check(DatasetLoader.load(tinyDataset()), tinyPlan());

        JsonNode check = json.readTree(planner.perform(post("/api/datasets/{id}/versions/1/check", datasetId)
                .contentType(MediaType.APPLICATION_JSON).content(plan)).andReturn().getResponse().getContentAsString());

        assertThat(check.path("verdict").asText()).isEqualTo(expected.feasible() ? "FEASIBLE" : "INFEASIBLE");
        assertThat(check.path("consistent").asBoolean()).isEqualTo(expected.consistent());
        assertThat(check.path("score").path("hard").asLong()).isEqualTo(expected.hardScore());
        assertThat(check.path("score").path("softCents").asLong()).isEqualTo(expected.softCents());
        assertThat(check.path("hardRules").findValuesAsText("rule")).contains("ROOM_CAPACITY", "BUDGET_EXCEEDED");
        assertThat(check.path("costs").path("total").decimalValue()).isEqualByComparingTo(expected.costs().total());
    }

    @Test
    void aHandEditedPlanThatBreaksARuleIsFoundOut() throws Exception {
        long datasetId = uploadTiny();
        ObjectNode plan = (ObjectNode) json.readTree(CaravanJson.toJson(tinyPlan()));
        String room = null;
        for (JsonNode assignment : plan.path("assignments")) {
            if (room == null && assignment.hasNonNull("room")) {
                room = assignment.get("room").asText();
            }
        }
        for (JsonNode assignment : plan.path("assignments")) {
            if (assignment.path("brought").asBoolean() && assignment.hasNonNull("room")) {
                ((ObjectNode) assignment).put("room", room);
            }
        }

        JsonNode check = json.readTree(planner.perform(post("/api/datasets/{id}/versions/1/check", datasetId)
                .contentType(MediaType.APPLICATION_JSON).content(plan.toString())).andReturn().getResponse().getContentAsString());

        assertThat(check.path("verdict").asText()).isEqualTo("INFEASIBLE");
        assertThat(check.path("consistent").asBoolean()).isFalse();
    }

    @Test
    void aMisspeltPlanFieldIsNamed() throws Exception {
        long datasetId = uploadTiny();
        ObjectNode plan = (ObjectNode) json.readTree(CaravanJson.toJson(tinyPlan()));
        ((ObjectNode) plan.path("assignments").get(0)).put("rom", "x");

        MvcResult result = planner.perform(post("/api/datasets/{id}/versions/1/check", datasetId)
                .contentType(MediaType.APPLICATION_JSON).content(plan.toString())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode issue = json.readTree(result.getResponse().getContentAsString()).path("issues").get(0);
        assertThat(issue.path("path").asText()).isEqualTo("$.assignments[0].rom");
        assertThat(issue.path("message").asText()).contains("did you mean room?");
        assertThat(planner.perform(post("/api/datasets/{id}/versions/9/check", datasetId)
                .contentType(MediaType.APPLICATION_JSON).content(plan.toString())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
