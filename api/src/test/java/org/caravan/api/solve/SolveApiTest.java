package org.caravan.api.solve;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.SolveOptions;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

class SolveApiTest extends ApiTestSupport {

    @Autowired
    private PlanStore plans;

    @Test
    void startsASolveAsTheNextPlanVersionAndReportsItsProgressUntilDone() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));

        MvcResult started = planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeLimitSeconds\": 1}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/plans/")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.timeLimitSeconds").value(1))
                .andReturn();
        long planId = json.readTree(started.getResponse().getContentAsString()).get("planId").asLong();

        JsonNode done = awaitStatus(planId, SolveState.DONE);
        assertThat(done.get("feasible").asBoolean()).isTrue();
        assertThat(done.get("brought").asInt()).isEqualTo(4);
        assertThat(done.get("participants").asInt()).isEqualTo(5);
        assertThat(done.get("totalCost").decimalValue()).isEqualByComparingTo("2061.00");
        assertThat(done.get("bestScore").get("soft").decimalValue()).isEqualByComparingTo("-2500.00");
        assertThat(done.get("elapsedSeconds").asDouble()).isGreaterThan(0.5);
        assertThat(done.get("finishedAt").isNull()).isFalse();

        planner.perform(get("/api/plans/{id}/result", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("caravan-plan/1"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.assignments[0].room").value("h1-101"));

        long second = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(second, SolveState.DONE);
        planner.perform(get("/api/datasets/{id}/plans", datasetId)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[1].version").value(2))
                .andExpect(jsonPath("$[1].planId").value(second));
        planner.perform(get("/api/plans").param("status", "DONE")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].planId", hasItem((int) second)));
    }

    @Test
    void appliesPolicyOverridesToThisSolveOnly() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));

        long planId = startSolve(datasetId, """
                {"timeLimitSeconds": 1,
                 "policy": {"roommateCountry": "GROUP", "vipMinStars": 0, "arrivalSlotMinutes": 0,
                            "weights": {"perStop": 0, "noCommonLanguage": 75}}}""");
        awaitStatus(planId, SolveState.DONE);

        ArgumentCaptor<ValidDataset> solved = ArgumentCaptor.forClass(ValidDataset.class);
        ArgumentCaptor<SolveOptions> options = ArgumentCaptor.forClass(SolveOptions.class);
        verify(engine).solve(solved.capture(), options.capture(), any());
        var policy = solved.getValue().dataset().policy();
        assertThat(policy.roommateCountry()).isEqualTo(RoommateCountryMode.GROUP);
        assertThat(policy.vipMinStars()).isZero();
        assertThat(policy.arrivalSlotMinutes()).isEqualTo(120);
        assertThat(policy.weights().arrivalSlot()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(policy.weights().perStop()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(policy.weights().noCommonLanguage()).isEqualByComparingTo("75");
        assertThat(policy.weights().longLayover()).isEqualByComparingTo("80");
        assertThat(options.getValue().timeLimit()).isEqualTo(Duration.ofSeconds(1));

        planner.perform(get("/api/plans/{id}", planId))
                .andExpect(jsonPath("$.policy.roommateCountry").value("GROUP"))
                .andExpect(jsonPath("$.policy.weights.perStop").value(0));
        planner.perform(get("/api/datasets/{id}", datasetId))
                .andExpect(jsonPath("$.policy.roommateCountry").value("MIX"));
    }

    @Test
    void badSolveRequestsNameEachField() throws Exception {
        long datasetId = uploadTiny();
        planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeLimitSeconds\": 0, \"policy\": {\"vipMinStars\": 9, \"weights\": {\"perStop\": -1}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.issues[*].path", hasItem("$.timeLimitSeconds")))
                .andExpect(jsonPath("$.issues[*].path", hasItem("$.policy.vipMinStars")))
                .andExpect(jsonPath("$.issues[*].path", hasItem("$.policy.weights.perStop")));
        planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"policy\": {\"roommateCountry\": \"SOMETIMES\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("$.policy.roommateCountry"))
                .andExpect(jsonPath("$.issues[0].message", containsString("MIX")));
        planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeLimitSeconds\": \"soon\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("$.timeLimitSeconds"));
        planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"policy\": {\"weights\": {\"perStep\": 3}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("$.policy.weights.perStep"));
        planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeLimitSeconds\": 999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("$.timeLimitSeconds"));
        planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON).content("{\"timeLim"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        planner.perform(get("/api/plans").param("status", "SLEEPING"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("status"));
    }

    @Test
    void unknownDatasetsAndPlansAre404() throws Exception {
        planner.perform(post("/api/datasets/{id}/plans", 987654).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("datasetId"));
        for (String path : new String[] {"/api/plans/987654", "/api/plans/987654/result", "/api/plans/987654/events"}) {
            planner.perform(get(path)).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value("planId"));
        }
        planner.perform(get("/api/plans/{id}/events", 987654).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        planner.perform(post("/api/plans/{id}/stop", 987654)).andExpect(status().isNotFound());
        planner.perform(get("/api/datasets/{id}/plans", 987654)).andExpect(status().isNotFound());
    }

    @Test
    void stopsARunningSolveKeepingItsBestPlanAndRefusesToStopItTwice() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 120}");
        awaitStatus(planId, SolveState.SOLVING);
        JsonNode solving = awaitProgress(planId);
        assertThat(solving.get("startedAt").isNull()).isFalse();
        assertThat(solving.get("brought").asInt()).isEqualTo(4);

        planner.perform(get("/api/plans/{id}/result", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("caravan-plan/1"));

        planner.perform(post("/api/plans/{id}/stop", planId)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.stopRequested").value(true));
        JsonNode stopped = awaitStatus(planId, SolveState.STOPPED);
        assertThat(stopped.get("elapsedSeconds").asDouble()).isLessThan(60);
        assertThat(plans.content(planId)).isPresent();
        planner.perform(get("/api/plans/{id}/result", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(true));
        planner.perform(post("/api/plans/{id}/stop", planId)).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void furtherSolvesWaitInTheQueueWithTheirPositionAndCanBeStoppedThere() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long first = startSolve(datasetId, "{\"timeLimitSeconds\": 120}");
        awaitStatus(first, SolveState.SOLVING);
        long second = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        long third = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");

        JsonNode waiting = planStatus(third);
        assertThat(waiting.get("status").asText()).isEqualTo("QUEUED");
        assertThat(waiting.get("queuePosition").asInt()).isEqualTo(2);
        assertThat(planStatus(second).get("queuePosition").asInt()).isEqualTo(1);
        planner.perform(get("/api/plans/{id}/result", third)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("QUEUED")));

        planner.perform(post("/api/plans/{id}/stop", third)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("STOPPED"));
        planner.perform(post("/api/plans/{id}/stop", first)).andExpect(status().isAccepted());
        awaitStatus(first, SolveState.STOPPED);
        awaitStatus(second, SolveState.DONE);
        assertThat(planStatus(third).get("status").asText()).isEqualTo("STOPPED");
        verify(engine, timeout(1000).times(2)).solve(any(), any(), any());
    }

    @Test
    void checkpointsTheBestPlanWhileSolving() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 120}");
        awaitStatus(planId, SolveState.SOLVING);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (plans.checkpoint(planId).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Plan checkpointed = org.caravan.data.json.CaravanJson.readPlan(plans.checkpoint(planId).orElseThrow().content());
        assertThat(checkpointed.version()).isEqualTo(1);
        assertThat(checkpointed.assignments()).hasSize(5);
        assertThat(planStatus(planId).get("checkpointAt").isNull()).isFalse();
        planner.perform(post("/api/plans/{id}/stop", planId)).andExpect(status().isAccepted());
        awaitStatus(planId, SolveState.STOPPED);
    }

    @Test
    void aSolveTheEngineRefusesEndsFailedWithTheReason() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenThrow(new org.caravan.data.validation.InvalidDatasetException(
                java.util.List.of(new org.caravan.data.validation.ValidationIssue("$.hotels", "no rooms"))));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        JsonNode failed = awaitStatus(planId, SolveState.FAILED);
        assertThat(failed.get("error").asText()).contains("$.hotels: no rooms");
        planner.perform(get("/api/plans/{id}/result", planId)).andExpect(status().isConflict());
    }

    @Test
    void streamsProgressAsServerSentEventsUntilTheSolveEnds() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 2}");

        MvcResult stream = planner.perform(get("/api/plans/{id}/events", planId).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn();
        awaitStatus(planId, SolveState.DONE);
        stream.getAsyncResult(5000);
        String events = stream.getResponse().getContentAsString();
        assertThat(events).contains("event:progress");
        assertThat(events).contains("\"status\":\"SOLVING\"");
        assertThat(events).contains("\"status\":\"DONE\"");
        assertThat(events.lastIndexOf("\"status\":\"DONE\"")).isGreaterThan(events.lastIndexOf("\"status\":\"SOLVING\""));
    }

    /** Each listing hands its database connection back: more listings than the pool holds still answer. */
    @Test
    void listingPlansManyTimesKeepsNoConnection() throws Exception {
        long datasetId = uploadTiny();
        for (int i = 0; i < 25; i++) {
            planner.perform(get("/api/datasets/{id}/plans", datasetId)).andExpect(status().isOk());
        }
    }
}
