package org.caravan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.api.solve.SolveState;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.SolveProgress;
import org.mockito.stubbing.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole service over an in-memory H2 database, with the real job queue and a stand-in engine whose solves the
 * tests drive: it reports a fixed plan as progress until stopped or out of time. All API tests share this context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ApiTestSupport {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ObjectMapper json;

    @MockitoBean
    protected PlanningEngine engine;

    @Autowired
    private org.caravan.api.solve.PlanStore plans;

    /** Leaves no solve running or queued for the next test: they share one worker. */
    @org.junit.jupiter.api.AfterEach
    void stopActiveSolves() throws Exception {
        for (var plan : plans.list(org.caravan.api.solve.PlanLifecycle.active())) {
            mvc.perform(post("/api/plans/{id}/stop", plan.id()));
        }
        for (var plan : plans.list(null)) {
            if (!plan.status().isFinal()) {
                awaitStatus(plan.id(), SolveState.STOPPED, SolveState.DONE, SolveState.FAILED, SolveState.INTERRUPTED);
            }
        }
    }

    /** Waits until the running solve has reported a best plan. */
    protected JsonNode awaitProgress(long planId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode status = planStatus(planId);
        while (status.get("brought").isNull()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Plan " + planId + " reported no progress; last status " + status);
            }
            Thread.sleep(50);
            status = planStatus(planId);
        }
        return status;
    }

    protected static String resource(String name) {
        try (InputStream in = ApiTestSupport.class.getResourceAsStream("/datasets/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String tinyDataset() {
        return resource("tiny.json");
    }

    protected static Plan tinyPlan() {
        try {
            return CaravanJson.readPlan(resource("tiny-plan.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected long uploadTiny() throws Exception {
        MvcResult result = mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(tinyDataset()))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    protected long startSolve(long datasetId, String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isAccepted()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("planId").asLong();
    }

    protected JsonNode planStatus(long planId) throws Exception {
        return json.readTree(mvc.perform(get("/api/plans/{id}", planId)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** Polls the status endpoint until the plan is in one of the given states (10 s at most). */
    protected JsonNode awaitStatus(long planId, SolveState... expected) throws Exception {
        Set<String> wanted = java.util.Arrays.stream(expected).map(Enum::name).collect(java.util.stream.Collectors.toSet());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode status = planStatus(planId);
        while (!wanted.contains(status.get("status").asText())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Plan " + planId + " did not reach " + wanted + "; last status " + status);
            }
            Thread.sleep(50);
            status = planStatus(planId);
        }
        return status;
    }

    /**
     * A stand-in solve: reports the given plan as the best so far every 50 ms until stopped or out of time, then
     * returns it. Lets the tests watch queueing, progress, checkpoints and stopping without real solving.
     */
    protected static Answer<Plan> solvingUntilStopped(Plan plan) {
        return invocation -> {
            SolveOptions options = invocation.getArgument(1);
            Consumer<SolveProgress> listener = invocation.getArgument(2);
            long start = System.nanoTime();
            long deadline = start + options.timeLimit().toNanos();
            int brought = (int) plan.assignments().stream().filter(Assignment::brought).count();
            while (!options.control().isStopRequested() && System.nanoTime() < deadline) {
                listener.accept(new SolveProgress(plan.score(), plan.feasible(), brought, plan.assignments().size(),
                        plan.costs().total(), Duration.ofNanos(System.nanoTime() - start), plan, false, 0));
                Thread.sleep(50);
            }
            return plan;
        };
    }
}
