package org.caravan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.api.security.Access;
import org.caravan.api.security.NewOrganisation;
import org.caravan.api.security.OrganisationScope;
import org.caravan.api.security.Role;
import org.caravan.api.solve.SolveState;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.SolveProgress;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.stubbing.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole service over an in-memory H2 database, with the real job queue and a stand-in engine whose solves the
 * tests drive: it reports a fixed plan as progress until stopped or out of time. All API tests share this context.
 *
 * <p>Every request a test makes says who makes it: {@link #planner}, {@link #viewer} or {@link #owner} of the test
 * organisation, {@link #stranger} (an owner of another organisation), {@link #administrator} of the instance, or
 * {@link #nobody} (no credentials). Code that calls the service's beans directly runs {@link #asService}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ApiTestSupport {

    /** The callers of each application context (tests of one context share its organisations and tokens). */
    private static final Map<Access, Callers> CALLERS = new ConcurrentHashMap<>();

    @Autowired
    private MockMvc mvc;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    private Access access;

    @MockitoBean
    protected PlanningEngine engine;

    @Autowired
    private org.caravan.api.solve.PlanStore plans;

    @Autowired
    private org.caravan.api.solve.SolveService solves;

    /** A planner of the test organisation. */
    protected Caller planner;
    /** A viewer of the test organisation: reads and downloads. */
    protected Caller viewer;
    /** An owner of the test organisation: members, tokens, audit trail. */
    protected Caller owner;
    /** An owner of another organisation: allowed everything there, nothing here. */
    protected Caller stranger;
    /** The instance administrator. */
    protected Caller administrator;
    /** A request without credentials. */
    protected Caller nobody;
    /** The test organisation's id. */
    protected long organisationId;

    /** Who a test request comes from: its token (none for {@link #nobody}) is added to every request. */
    public record Caller(MockMvc mvc, String token) {

        public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            return mvc.perform(token == null ? request : request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        }
    }

    /** A planner of a new organisation, for tests that need the real engine and so cannot extend this class. */
    public static Caller plannerOfNewOrganisation(Access access, MockMvc mvc, String name) {
        return OrganisationScope.asService(() -> {
            long id = access.createOrganisation(name).organisation().id();
            return new Caller(mvc, access.issueToken(id, "planner", Role.PLANNER).secret());
        });
    }

    private record Callers(long organisationId, String planner, String viewer, String owner, String stranger,
            String administrator) {
    }

    @BeforeEach
    void callers() {
        Callers tokens = CALLERS.computeIfAbsent(access, created -> OrganisationScope.asService(() -> {
            NewOrganisation mine = created.createOrganisation("Test organisation");
            NewOrganisation other = created.createOrganisation("Other organisation");
            long id = mine.organisation().id();
            return new Callers(id, created.issueToken(id, "planner", Role.PLANNER).secret(),
                    created.issueToken(id, "viewer", Role.VIEWER).secret(), mine.ownerToken().secret(),
                    other.ownerToken().secret(),
                    created.renewAdministratorToken());
        }));
        organisationId = tokens.organisationId();
        planner = new Caller(mvc, tokens.planner());
        viewer = new Caller(mvc, tokens.viewer());
        owner = new Caller(mvc, tokens.owner());
        stranger = new Caller(mvc, tokens.stranger());
        administrator = new Caller(mvc, tokens.administrator());
        nobody = new Caller(mvc, null);
    }

    /** Code that calls the service's beans directly, run as the service itself (as its workers are). */
    protected static <T> T asService(Callable<T> work) {
        return OrganisationScope.asService(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        });
    }

    /** Code that calls the service's beans directly on behalf of the test organisation (a feature's own code). */
    protected <T> T inTestOrganisation(Callable<T> work) {
        return OrganisationScope.actingFor(organisationId, () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        });
    }

    /** Leaves no solve running or queued for the next test: they share one worker. */
    @org.junit.jupiter.api.AfterEach
    void stopActiveSolves() throws Exception {
        for (var plan : asService(() -> plans.list(org.caravan.api.solve.PlanLifecycle.active()))) {
            try {
                asService(() -> solves.stop(plan.id()));
            } catch (org.caravan.api.problem.ConflictException endedMeanwhile) {
                // Nothing to stop.
            }
        }
        for (var plan : asService(() -> plans.list(null))) {
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
        MvcResult result = planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(tinyDataset()))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    protected long startSolve(long datasetId, String body) throws Exception {
        MvcResult result = planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isAccepted()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("planId").asLong();
    }

    protected JsonNode planStatus(long planId) throws Exception {
        return json.readTree(planner.perform(get("/api/plans/{id}", planId)).andExpect(status().isOk()).andReturn()
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
