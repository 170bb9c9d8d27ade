package org.caravan.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every operation of the OpenAPI document, read from {@code /v3/api-docs} when the test runs, so that an endpoint
 * added later is tried without anyone listing it: with another organisation's owner token each operation on this
 * organisation's objects answers 404 (and no listing shows them), with a viewer's token every change answers 403,
 * and without credentials everything answers 401. A path variable this test has no value for fails it, naming the
 * variable: add a value below.
 */
class EveryEndpointAccessTest extends ApiTestSupport {

    /** Changes a viewer may make: their own session (signing in, out, their password) is theirs to change. */
    private static final Set<String> VIEWER_MAY = Set.of("POST /api/session", "DELETE /api/session",
            "PUT /api/session/password");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Path variables that name an object of an organisation: another organisation's caller must get 404 for them. */
    private static final Set<String> OBJECTS = Set.of("datasetId", "planId", "tokenId", "memberId", "scenarioId", "curveId");

    private final String marker = "Secret of the test organisation " + UUID.randomUUID();
    private Map<String, String> values;
    /** The plans a comparison compares: the solve of the dataset and that of its scenario. */
    private String comparedPlans;

    @BeforeEach
    void objectsOfTheTestOrganisation() throws Exception {
        MvcResult uploaded = planner.perform(post("/api/datasets").param("name", marker)
                .contentType(MediaType.APPLICATION_JSON).content(tinyDataset())).andExpect(status().isCreated()).andReturn();
        long datasetId = json.readTree(uploaded.getResponse().getContentAsString()).get("id").asLong();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(planId, SolveState.DONE);
        JsonNode token = read(owner.perform(post("/api/organisation/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"spare\", \"role\": \"VIEWER\"}")).andExpect(status().isCreated()).andReturn());
        JsonNode member = read(owner.perform(post("/api/organisation/members").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"m" + UUID.randomUUID().toString().substring(0, 8) + "\", \"role\": \"VIEWER\"}"))
                .andExpect(status().isCreated()).andReturn());
        JsonNode scenario = read(planner.perform(post("/api/datasets/{id}/scenarios", datasetId)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + marker + "\"}"))
                .andExpect(status().isCreated()).andReturn());
        long scenarioPlanId = read(planner.perform(post("/api/scenarios/{id}/plans", scenario.get("id").asLong())
                .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimitSeconds\": 1}"))
                .andExpect(status().isAccepted()).andReturn()).get("planId").asLong();
        awaitStatus(scenarioPlanId, SolveState.DONE);
        comparedPlans = planId + "," + scenarioPlanId;
        long curveId = read(planner.perform(post("/api/datasets/{id}/curve", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"budgets\": [10000, 20000], \"secondsPerLevel\": 1}")).andExpect(status().isAccepted())
                .andReturn()).get("id").asLong();
        awaitCurveLevel(curveId);
        values = Map.ofEntries(Map.entry("datasetId", Long.toString(datasetId)), Map.entry("planId", Long.toString(planId)),
                Map.entry("version", "1"), Map.entry("participantId", "p1"), Map.entry("hotelId", "h1"),
                Map.entry("tokenId", token.get("id").asText()), Map.entry("memberId", member.get("member").get("id").asText()),
                Map.entry("set", "participants"), Map.entry("delegation", "tn"),
                Map.entry("scenarioId", scenario.get("id").asText()), Map.entry("curveId", Long.toString(curveId)));
    }

    /** Waits for the curve's first level, so that its chart can be read. */
    private void awaitCurveLevel(long curveId) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (read(planner.perform(get("/api/curves/{id}", curveId)).andReturn()).get("levels").isEmpty()) {
            assertThat(System.nanoTime()).as("the curve's first level within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    record Operation(HttpMethod method, String template, JsonNode spec) {

        String name() {
            return method + " " + template;
        }

        boolean changes() {
            return method != HttpMethod.GET && method != HttpMethod.HEAD;
        }

        boolean namesAnObject() {
            Matcher variables = VARIABLE.matcher(template);
            while (variables.find()) {
                if (OBJECTS.contains(variables.group(1))) {
                    return true;
                }
            }
            return false;
        }
    }

    private List<Operation> operations() throws Exception {
        JsonNode document = read(nobody.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                operations.add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey(),
                        method.getValue()));
            }
        }
        assertThat(operations).as("the OpenAPI document lists the API").hasSizeGreaterThan(25);
        return operations;
    }

    /** The request for an operation on the test organisation's objects, with a body it would accept. */
    private MockHttpServletRequestBuilder request(Operation operation) {
        Matcher variables = VARIABLE.matcher(operation.template());
        StringBuilder uri = new StringBuilder();
        while (variables.find()) {
            String value = values.get(variables.group(1));
            assertThat(value).as("a value for the path variable {%s} of %s: add one to this test", variables.group(1),
                    operation.name()).isNotNull();
            variables.appendReplacement(uri, value);
        }
        variables.appendTail(uri);
        JsonNode content = operation.spec().path("requestBody").path("content");
        if (content.has(MediaType.MULTIPART_FORM_DATA_VALUE) && !content.has(MediaType.APPLICATION_JSON_VALUE)) {
            return MockMvcRequestBuilders.multipart(operation.method(), uri.toString())
                    .file(new MockMultipartFile("file", "tiny.json", "application/json", tinyDataset().getBytes()));
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(operation.method(), uri.toString());
        if (operation.template().startsWith("/api/plans/compare")) {
            request.param("ids", comparedPlans);
        }
        if (content.has(MediaType.APPLICATION_JSON_VALUE)) {
            request.contentType(MediaType.APPLICATION_JSON).content(bodyFor(operation, content));
        }
        return request;
    }

    private String bodyFor(Operation operation, JsonNode content) {
        String schema = content.path(MediaType.APPLICATION_JSON_VALUE).path("schema").path("$ref").asText("");
        if (schema.endsWith("/Dataset")) {
            return tinyDataset();
        }
        return switch (operation.name()) {
            case "POST /api/session" -> "{\"username\": \"nobody-here\", \"password\": \"not a password\"}";
            case "PUT /api/session/password" -> "{\"currentPassword\": \"x\", \"newPassword\": \"a new long password\"}";
            case "POST /api/organisations" -> "{\"name\": \"Made in a test\"}";
            case "POST /api/organisation/tokens" -> "{\"name\": \"made in a test\", \"role\": \"VIEWER\"}";
            case "POST /api/organisation/members" -> "{\"username\": \"u" + UUID.randomUUID().toString().substring(0, 8)
                    + "\", \"role\": \"VIEWER\"}";
            default -> schema.endsWith("/SolveRequest") ? "{\"timeLimitSeconds\": 1}" : "{}";
        };
    }

    @Test
    void anotherOrganisationsTokenFindsNoneOfItsObjects() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Operation operation : operations()) {
            MvcResult result = stranger.perform(request(operation)).andReturn();
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getContentAsString();
            if (operation.namesAnObject() && !operation.template().startsWith("/api/session")) {
                assertThat(status).as(operation.name() + " with another organisation's token: " + body).isEqualTo(404);
                checked.add(operation.name());
            } else {
                assertThat(status).as(operation.name()).isLessThan(500);
            }
            assertThat(body).as(operation.name() + " shows nothing of the test organisation").doesNotContain(marker);
        }
        assertThat(checked).contains("GET /api/datasets/{datasetId}", "GET /api/plans/{planId}/events",
                "GET /api/plans/{planId}/rooming-lists.xlsx", "POST /api/plans/{planId}/stop",
                "DELETE /api/organisation/tokens/{tokenId}");
        planner.perform(get("/api/datasets/{id}", values.get("datasetId"))).andExpect(status().isOk());
        planner.perform(get("/api/plans/{id}/result", values.get("planId"))).andExpect(status().isOk());
    }

    @Test
    void aViewerChangesNothing() throws Exception {
        List<String> refused = new ArrayList<>();
        for (Operation operation : operations()) {
            if (operation.changes() && !VIEWER_MAY.contains(operation.name())) {
                MvcResult result = viewer.perform(request(operation)).andReturn();
                assertThat(result.getResponse().getStatus()).as(operation.name() + " by a viewer: "
                        + result.getResponse().getContentAsString()).isEqualTo(403);
                refused.add(operation.name());
            }
        }
        assertThat(refused).contains("POST /api/datasets", "POST /api/datasets/{datasetId}/plans",
                "DELETE /api/datasets/{datasetId}", "POST /api/plans/{planId}/stop");
        planner.perform(get("/api/datasets/{id}", values.get("datasetId"))).andExpect(status().isOk());
        JsonNode audit = read(owner.perform(get("/api/organisation/audit")).andExpect(status().isOk()).andReturn());
        assertThat(audit.findValuesAsText("action")).contains("ACCESS_DENIED");
    }

    @Test
    void withoutCredentialsEverythingIs401() throws Exception {
        for (Operation operation : operations()) {
            MvcResult result = nobody.perform(request(operation)).andReturn();
            assertThat(result.getResponse().getStatus()).as(operation.name() + " without credentials").isEqualTo(401);
            assertThat(result.getResponse().getContentType()).as(operation.name()).startsWith("application/problem+json");
        }
    }

    @Test
    void aViewerReadsEveryReadableOperationOfItsOwnOrganisation() throws Exception {
        for (Operation operation : operations()) {
            boolean ownersOnly = operation.template().startsWith("/api/organisation/")
                    || operation.template().startsWith("/api/organisations");
            if (!operation.changes() && !ownersOnly) {
                MvcResult result = viewer.perform(request(operation)).andReturn();
                int status = result.getResponse().getStatus();
                String body = result.getResponse().getContentAsString();
                // A 404 about what the path names inside the object (a participant without a visa letter) still
                // shows the viewer got through to the object.
                boolean insideTheObject = status == 404 && !OBJECTS.contains(json.readTree(body).path("field").asText());
                assertThat(status == 200 || insideTheObject).as(operation.name() + " by a viewer: " + status + " " + body)
                        .isTrue();
            }
        }
    }

    @Test
    void theOpenApiDocumentDeclaresTheTokenSoSwaggerUiCanSendIt() throws Exception {
        JsonNode document = read(nobody.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn());
        assertThat(document.at("/components/securitySchemes/bearerToken/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearerToken")).isTrue();
        assertThat(document.at("/paths/~1api~1session/post/security")).as("signing in needs no token").isEmpty();
    }

    private JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }
}
