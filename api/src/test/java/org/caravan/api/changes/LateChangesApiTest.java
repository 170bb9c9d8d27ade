package org.caravan.api.changes;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.solver.SolveOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Late changes over REST with the stand-in engine, which solves a re-plan by returning the plan it was started from
 * (so what the service handed the engine is what comes back): the dataset version and re-plan they make, problems
 * named by change index and field with nothing stored, bookings in bulk, the refusal while a solve runs, the change
 * list and the forecast.
 */
class LateChangesApiTest extends ApiTestSupport {

    private static final String CANCEL_P2 = """
            {"format": "caravan-changes/1", "changes": [
              {"type": "ISSUE_TICKET", "participant": "p1", "itinerary": "it-tun-1", "price": 300},
              {"type": "CANCEL_PARTICIPANT", "participant": "p2", "sunkCost": 40}]}""";

    /** What each solve was started with, by the plan version its progress reports. */
    private final Map<Integer, SolveOptions> started = new ConcurrentHashMap<>();

    private long datasetId;
    private long planId;

    @BeforeEach
    void aPublishedPlan() throws Exception {
        when(engine.solve(any(), any(), any())).thenAnswer(invocation -> {
            SolveOptions options = invocation.getArgument(1);
            Plan from = options.startFrom();
            started.put(from == null || from.version() == null ? 1 : from.version() + 1, options);
            Plan solved = from == null ? tinyPlan() : from.withVersion(from.version() + 1);
            if (options.timeLimit().toSeconds() > 5) {
                return solvingUntilStopped(solved).answer(invocation);
            }
            // A short solve reports its plan once and ends, so that the tests do not wait out its time limit.
            java.util.function.Consumer<org.caravan.solver.SolveProgress> listener = invocation.getArgument(2);
            listener.accept(new org.caravan.solver.SolveProgress(solved.score(), solved.feasible(),
                    (int) solved.assignments().stream().filter(Assignment::brought).count(), solved.assignments().size(),
                    solved.costs().total(), java.time.Duration.ZERO, solved, false, 0));
            return solved;
        });
        datasetId = uploadTiny();
        planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(planId, SolveState.DONE);
    }

    private ResultActions postChanges(Caller caller, long plan, String changes) throws Exception {
        return caller.perform(post("/api/plans/{id}/changes", plan).param("timeLimitSeconds", "1")
                .contentType(MediaType.APPLICATION_JSON).content(changes));
    }

    private JsonNode read(ResultActions actions) throws Exception {
        return json.readTree(actions.andReturn().getResponse().getContentAsString());
    }

    private JsonNode getJson(String path) throws Exception {
        return read(planner.perform(get(path)).andExpect(status().isOk()));
    }

    private int versions() throws Exception {
        return getJson("/api/datasets/" + datasetId + "/versions").size();
    }

    private int plansOfDataset() throws Exception {
        return getJson("/api/datasets/" + datasetId + "/plans").size();
    }

    @Test
    void changesMakeADatasetVersionAndAReplanFromThePlanThatKeepsTheBookings() throws Exception {
        ResultActions posted = postChanges(planner, planId, CANCEL_P2).andExpect(status().isAccepted());
        JsonNode accepted = read(posted);
        long replanId = accepted.at("/plan/planId").asLong();
        posted.andExpect(header().string("Location", "http://localhost/api/plans/" + replanId));

        assertThat(accepted.at("/plan/parentPlanId").asLong()).isEqualTo(planId);
        assertThat(accepted.at("/plan/version").asInt()).isEqualTo(2);
        assertThat(accepted.at("/plan/datasetVersion").asInt()).isEqualTo(2);
        assertThat(accepted.at("/datasetVersion/origin").asText()).isEqualTo("CHANGES");
        assertThat(accepted.at("/datasetVersion/parentVersion").asInt()).isEqualTo(1);
        assertThat(accepted.get("report").toString()).contains("$.changes[0]", "$.changes[1]", "p2", "sunk cost 40");
        assertThat(accepted.at("/sunkCosts/fund-a").decimalValue()).isEqualByComparingTo("40");

        JsonNode done = awaitStatus(replanId, SolveState.DONE);
        assertThat(done.get("parentPlanId").asLong()).isEqualTo(planId);
        SolveOptions options = started.get(2);
        assertThat(options.replan()).as("the re-plan switches the disruption rule on and keeps bookings").isTrue();
        assertThat(options.timeLimit().toSeconds()).isLessThanOrEqualTo(1);
        assertThat(options.startFrom().assignments()).extracting(Assignment::participant).doesNotContain("p2");
        assertThat(options.startFrom().assignments()).filteredOn(a -> a.participant().equals("p1")).singleElement()
                .satisfies(a -> assertThat(a.ticketIssued()).isTrue());
        JsonNode replanned = getJson("/api/plans/" + replanId + "/result");
        assertThat(replanned.at("/assignments/0/ticketIssued").asBoolean()).isTrue();
        JsonNode history = getJson("/api/datasets/" + datasetId + "/versions");
        assertThat(history.get(1).get("origin").asText()).isEqualTo("CHANGES");
        assertThat(history.get(1).get("parentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void theChangeListSaysWhoMovedWhyWhatEachHotelMustDoAndTheMoney() throws Exception {
        long replanId = read(postChanges(planner, planId, CANCEL_P2).andExpect(status().isAccepted())).at("/plan/planId").asLong();
        awaitStatus(replanId, SolveState.DONE);

        JsonNode list = getJson("/api/plans/" + replanId + "/changes");

        assertThat(list.get("fromPlanId").asLong()).isEqualTo(planId);
        assertThat(list.get("toDatasetVersion").asInt()).isEqualTo(2);
        assertThat(list.get("participants")).singleElement().satisfies(row -> {
            assertThat(row.get("participant").asText()).isEqualTo("p2");
            assertThat(row.get("what").asText()).isEqualTo("cancelled");
            assertThat(row.get("cause").asText()).isEqualTo("changes[1] CANCEL_PARTICIPANT");
            assertThat(row.get("roomBefore").asText()).isEqualTo("h1-101");
        });
        assertThat(list.get("hotels")).singleElement().satisfies(row -> {
            assertThat(row.get("hotel").asText()).isEqualTo("h1");
            assertThat(row.get("action").asText()).isEqualTo("removed");
        });
        JsonNode total = list.get("costs").get(list.get("costs").size() - 1);
        assertThat(total.get("key").asText()).isEqualTo("total");
        // p1's ticket now counts at its actual 300, p2's sunk cost 40 stays spent, p2's own costs are gone: the
        // delta is what the checker finds, and it reconciles.
        assertThat(total.get("delta").decimalValue()).isNotZero()
                .isEqualByComparingTo(total.get("after").decimalValue().subtract(total.get("before").decimalValue()));
        assertThat(list.get("score").get(0).get("key").asText()).isEqualTo("hard");
        assertThat(list.get("brokenBookings")).isEmpty();
        assertThat(list.get("collateral").asInt()).isZero();

        MvcResult csv = planner.perform(get("/api/plans/{id}/changes.csv", replanId)).andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFparticipant,name,what,cause,").contains("p2,", "cancelled,changes[1] CANCEL_PARTICIPANT");
        MvcResult hotels = planner.perform(get("/api/plans/{id}/changes.csv", replanId).param("list", "HOTELS"))
                .andExpect(status().isOk()).andReturn();
        assertThat(hotels.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("h1,", "removed,h1-101");

        JsonNode versions = getJson("/api/datasets/" + datasetId + "/versions/2/changes");
        assertThat(versions.get("fromPlanId").asLong()).isEqualTo(planId);
        assertThat(versions.get("toPlanId").asLong()).isEqualTo(replanId);
        assertThat(versions.get("participants").get(0).get("cause").asText()).isEqualTo("changes[1] CANCEL_PARTICIPANT");
    }

    @Test
    void aPlanWithoutParentHasNoChangeListUnlessAnotherPlanIsNamed() throws Exception {
        JsonNode problem = read(planner.perform(get("/api/plans/{id}/changes", planId)).andExpect(status().isNotFound()));
        assertThat(problem.get("field").asText()).isEqualTo("parentPlanId");
        JsonNode noParent = read(planner.perform(get("/api/datasets/{id}/versions/1/changes", datasetId))
                .andExpect(status().isNotFound()));
        assertThat(noParent.get("field").asText()).isEqualTo("parentVersion");

        long second = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(second, SolveState.DONE);
        JsonNode same = getJson("/api/plans/" + second + "/changes?from=" + planId);
        assertThat(same.get("participants")).isEmpty();
        assertThat(same.get("report")).isEmpty();
        long otherDataset = uploadTiny();
        long otherPlan = startSolve(otherDataset, "{\"timeLimitSeconds\": 1}");
        awaitStatus(otherPlan, SolveState.DONE);
        JsonNode refused = read(planner.perform(get("/api/plans/{id}/changes", second).param("from", Long.toString(otherPlan)))
                .andExpect(status().isBadRequest()));
        assertThat(refused.at("/issues/0/path").asText()).isEqualTo("from");
    }

    @Test
    void invalidChangesAreRefusedWithEveryProblemByIndexAndFieldAndNothingIsStored() throws Exception {
        JsonNode problem = read(postChanges(planner, planId, """
                {"format": "caravan-changes/1", "changes": [
                  {"type": "CANCEL_PARTICIPANT", "participant": "nobody"},
                  {"type": "SET_FUND", "fund": "fund-a", "amount": -5}]}""").andExpect(status().isBadRequest()));

        assertThat(problem.get("issues").findValuesAsText("path"))
                .contains("$.changes[0].participant", "$.changes[1].amount");
        assertThat(versions()).isEqualTo(1);
        assertThat(plansOfDataset()).isEqualTo(1);
        JsonNode empty = read(postChanges(planner, planId, "").andExpect(status().isBadRequest()));
        assertThat(empty.at("/issues/0/path").asText()).isEqualTo("$");
        JsonNode tooLong = read(planner.perform(post("/api/plans/{id}/changes", planId).param("timeLimitSeconds", "0")
                .contentType(MediaType.APPLICATION_JSON).content(CANCEL_P2)).andExpect(status().isBadRequest()));
        assertThat(tooLong.at("/issues/0/path").asText()).isEqualTo("timeLimitSeconds");
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void changesWaitForEverySolveOfTheDatasetToEnd() throws Exception {
        long running = startSolve(datasetId, "{\"timeLimitSeconds\": 60}");
        awaitProgress(running);

        JsonNode refused = read(postChanges(planner, planId, CANCEL_P2).andExpect(status().isConflict()));
        assertThat(refused.get("detail").asText()).contains("Plan " + running + " (version 2)", "SOLVING", "stop it");
        JsonNode invalidToo = read(postChanges(planner, planId, "{\"format\": \"caravan-changes/1\", \"changes\": [{}]}")
                .andExpect(status().isConflict()));
        assertThat(invalidToo.get("detail").asText()).as("the running solve is said first").contains("Plan " + running);
        JsonNode toRunning = read(postChanges(planner, running, CANCEL_P2).andExpect(status().isConflict()));
        assertThat(toRunning.get("detail").asText()).contains("Plan " + running, "Changes apply to an ended plan");
        assertThat(versions()).isEqualTo(1);

        planner.perform(post("/api/plans/{id}/stop", running)).andExpect(status().isAccepted());
        awaitStatus(running, SolveState.STOPPED);
        long replanId = read(postChanges(planner, running, CANCEL_P2).andExpect(status().isAccepted())).at("/plan/planId").asLong();
        assertThat(planStatus(replanId).get("parentPlanId").asLong()).isEqualTo(running);
    }

    @Test
    void bookingsInBulkAreTheChangesTheyBuild() throws Exception {
        JsonNode half = read(planner.perform(post("/api/plans/{id}/bookings", planId).param("timeLimitSeconds", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"select\": \"HALF\"}")).andExpect(status().isAccepted()));

        // Brought: p1, p2, p3 (flights and rooms) and p4 (a room): the first two of four.
        JsonNode changes = json.readTree(half.get("changes").asText()).get("changes");
        assertThat(changes.findValuesAsText("type")).containsExactly("ISSUE_TICKET", "ISSUE_TICKET", "CONFIRM_ROOM",
                "CONFIRM_ROOM");
        assertThat(changes.findValuesAsText("participant")).containsExactly("p1", "p2", "p1", "p2");
        assertThat(changes.get(0).get("price").decimalValue()).isPositive();
        long booked = half.at("/plan/planId").asLong();
        assertThat(half.at("/datasetVersion/origin").asText()).isEqualTo("CHANGES");
        awaitStatus(booked, SolveState.DONE);
        List<Assignment> kept = started.get(2).startFrom().assignments();
        assertThat(kept).filteredOn(a -> a.ticketIssued() && a.roomConfirmed()).extracting(Assignment::participant)
                .containsExactly("p1", "p2");

        JsonNode rest = read(planner.perform(post("/api/plans/{id}/bookings", booked).param("timeLimitSeconds", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"tickets\": [\"p3\"], \"rooms\": [\"p3\", \"p4\"]}"))
                .andExpect(status().isAccepted()));
        assertThat(json.readTree(rest.get("changes").asText()).get("changes").findValuesAsText("participant"))
                .containsExactly("p3", "p3", "p4");
        long all = rest.at("/plan/planId").asLong();
        awaitStatus(all, SolveState.DONE);

        JsonNode forecast = getJson("/api/plans/" + all + "/forecast");
        JsonNode total = forecast.get("total");
        assertThat(total.get("available").decimalValue()).isEqualByComparingTo("20000");
        assertThat(total.get("forecast").decimalValue()).as("everything brought is booked").isEqualByComparingTo("0");
        assertThat(total.get("booked").decimalValue()).isPositive();
        assertThat(total.get("left").decimalValue()).isEqualByComparingTo(
                total.get("available").decimalValue().subtract(total.get("committed").decimalValue()));
        assertThat(forecast.get("payers").findValuesAsText("payer")).startsWith("fund-a");
        MvcResult csv = planner.perform(get("/api/plans/{id}/forecast.csv", all)).andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFpayer,available,booked,forecast,sunk,committed,left").contains("total,20000");
    }

    @Test
    void bookingsThatCannotBeMadeAreNamedByListAndIndex() throws Exception {
        JsonNode problem = read(planner.perform(post("/api/plans/{id}/bookings", planId)
                .contentType(MediaType.APPLICATION_JSON).content("{\"tickets\": [\"p4\", \"p5\", \"p1\", \"p1\"]}"))
                .andExpect(status().isBadRequest()));
        assertThat(problem.get("issues").findValuesAsText("path")).containsExactly("$.tickets[0]", "$.tickets[1]",
                "$.tickets[3]");
        assertThat(problem.toString()).contains("travels by land", "not a participant brought", "listed twice");
        planner.perform(post("/api/plans/{id}/bookings", planId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"tickets\": [\"p1\"], \"select\": \"ALL\"}")).andExpect(status().isBadRequest());
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void aForecastCountsTheSunkCostsOfTheChangesBehindThePlan() throws Exception {
        JsonNode booked = read(planner.perform(post("/api/plans/{id}/bookings", planId).param("timeLimitSeconds", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"tickets\": [\"p2\"]}")).andExpect(status().isAccepted()));
        long first = booked.at("/plan/planId").asLong();
        awaitStatus(first, SolveState.DONE);
        JsonNode before = getJson("/api/plans/" + first + "/forecast");
        assertThat(line(before, "fund-a").get("sunk").decimalValue()).isEqualByComparingTo("0");

        JsonNode cancelled = read(postChanges(planner, first, """
                {"format": "caravan-changes/1", "changes": [
                  {"type": "CANCEL_PARTICIPANT", "participant": "p2", "sunkCost": 40}]}""").andExpect(status().isAccepted()));
        assertThat(cancelled.get("brokenBookings").toString()).contains("p2 is cancelled");
        long second = cancelled.at("/plan/planId").asLong();
        awaitStatus(second, SolveState.DONE);

        JsonNode after = getJson("/api/plans/" + second + "/forecast");
        // p2's ticket, booked at the plan's flight price, stays spent with the 40 of sunk cost.
        assertThat(line(after, "fund-a").get("sunk").decimalValue())
                .isEqualByComparingTo(line(before, "fund-a").get("booked").decimalValue().add(new java.math.BigDecimal("40")));
        assertThat(line(after, "fund-a").get("booked").decimalValue()).isZero();
    }

    private static JsonNode line(JsonNode forecast, String payer) {
        for (JsonNode line : forecast.get("payers")) {
            if (line.get("payer").asText().equals(payer)) {
                return line;
            }
        }
        throw new AssertionError("No line for " + payer + " in " + forecast);
    }

    @Test
    void aDatasetWithItsReplansIsDeletedWhole() throws Exception {
        long replanId = read(postChanges(planner, planId, CANCEL_P2).andExpect(status().isAccepted())).at("/plan/planId").asLong();
        awaitStatus(replanId, SolveState.DONE);

        planner.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/datasets/{id}", datasetId))
                .andExpect(status().isNoContent());
        planner.perform(get("/api/plans/{id}/changes", replanId)).andExpect(status().isNotFound());
        planner.perform(get("/api/plans/{id}", planId)).andExpect(status().isNotFound());
    }

    @Test
    void anotherOrganisationFindsNoPlanAndAViewerChangesNothing() throws Exception {
        postChanges(stranger, planId, CANCEL_P2).andExpect(status().isNotFound());
        stranger.perform(get("/api/plans/{id}/forecast", planId)).andExpect(status().isNotFound());
        postChanges(viewer, planId, CANCEL_P2).andExpect(status().isForbidden());
        viewer.perform(post("/api/plans/{id}/bookings", planId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"select\": \"ALL\"}")).andExpect(status().isForbidden());
        viewer.perform(get("/api/plans/{id}/forecast", planId)).andExpect(status().isOk());
        assertThat(versions()).isEqualTo(1);
    }
}
