package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Each kind of problem answers with its own type URI and fixed title, and what a client sent wrong is named by path. */
class ProblemContractTest extends ApiTestSupport {

    private JsonNode problem(Caller caller, MockHttpServletRequestBuilder request, ProblemType expected) throws Exception {
        MvcResult result = caller.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
                .isEqualTo(expected.status().value());
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        assertThat(body.path("type").asText()).isEqualTo("/problems/" + expected.slug());
        assertThat(body.path("title").asText()).isEqualTo(expected.title());
        return body;
    }

    private String dataset(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) json.readTree(tinyDataset());
        change.accept(tree);
        return tree.toString();
    }

    private static MockHttpServletRequestBuilder upload(String body) {
        return post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void anInvalidDatasetListsTypeErrorsUnknownFieldsAndSemanticProblemsTogether() throws Exception {
        String body = dataset(tree -> {
            ObjectNode first = (ObjectNode) tree.path("participants").get(0);
            first.put("gender", "Q");
            first.put("mustAtend", true);
            ((ObjectNode) tree.path("participants").get(1)).put("priority", "high");
            ((ObjectNode) tree.path("budget")).put("totl", 5);
            ((ObjectNode) tree.path("hotels").get(0)).put("stars", 9);
        });

        JsonNode problem = problem(planner, upload(body), ProblemType.INVALID_DATASET);

        assertThat(problem.path("issues").findValuesAsText("path")).contains("$.participants[0].gender",
                "$.participants[0].mustAtend", "$.participants[1].priority", "$.budget.totl", "$.hotels[0].stars");
        assertThat(problem.path("issues").findValuesAsText("message"))
                .anySatisfy(message -> assertThat(message).contains("did you mean mustAttend?"))
                .anySatisfy(message -> assertThat(message).contains("did you mean total?"));
    }

    @Test
    void aSolveRequestsUnknownFieldNamesTheFieldItMostLikelyMeant() throws Exception {
        long datasetId = uploadTiny();
        JsonNode problem = problem(planner, post("/api/datasets/" + datasetId + "/plans")
                .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimitSecs\": 5}"), ProblemType.UNREADABLE_REQUEST);

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("$.timeLimitSecs");
        assertThat(problem.path("issues").get(0).path("message").asText()).contains("did you mean timeLimitSeconds?");
    }

    @Test
    void eachKindOfProblemHasItsType() throws Exception {
        long datasetId = uploadTiny();
        problem(nobody, get("/api/datasets"), ProblemType.UNAUTHORIZED);
        problem(viewer, delete("/api/datasets/" + datasetId), ProblemType.FORBIDDEN);
        problem(planner, get("/api/datasets/999999"), ProblemType.NOT_FOUND);
        problem(stranger, get("/api/datasets/" + datasetId), ProblemType.NOT_FOUND);
        problem(planner, put("/api/datasets"), ProblemType.METHOD_NOT_ALLOWED);
        problem(planner, post("/api/datasets").contentType(MediaType.TEXT_PLAIN).content("x"),
                ProblemType.UNSUPPORTED_MEDIA_TYPE);
        problem(planner, upload("{\"format\": "), ProblemType.INVALID_DATASET);
        problem(planner, post("/api/datasets/" + datasetId + "/plans").contentType(MediaType.APPLICATION_JSON)
                .content("{\"timeLimitSeconds\": 0}"), ProblemType.INVALID_REQUEST);
    }

    @Test
    void idsAreOnlyPlainAsciiDigits() throws Exception {
        long datasetId = uploadTiny();
        planner.perform(get("/api/datasets/" + datasetId + "/summary")).andReturn();
        for (String alias : List.of("0x" + Long.toHexString(datasetId), "+" + datasetId, "#" + datasetId,
                toArabicIndic(datasetId), toFullWidth(datasetId))) {
            JsonNode problem = problem(planner, get("/api/datasets/{id}/summary", alias), ProblemType.INVALID_PARAMETER);
            assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("datasetId");
        }
    }

    @Test
    void multipartWithoutABoundaryIsABadRequest() throws Exception {
        JsonNode problem = problem(planner, post("/api/datasets").contentType("multipart/form-data").content("--x\r\n\r\n"),
                ProblemType.INVALID_REQUEST);

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("$");
    }

    @Test
    void everyTypeHasItsPage_andDocsServiceListsThem() throws Exception {
        String docs = Files.readString(Path.of("../docs/SERVICE.md"));
        for (ProblemType type : ProblemType.values()) {
            MvcResult page = nobody.perform(get(type.uri().toString())).andReturn();
            assertThat(page.getResponse().getStatus()).as(type.uri().toString()).isEqualTo(200);
            assertThat(page.getResponse().getContentAsString()).contains(type.title());
            assertThat(docs).as("docs/SERVICE.md lists %s", type.uri()).contains("`" + type.uri() + "`");
        }
    }

    @Test
    void theFormatsJsonSchemasAreServed() throws Exception {
        for (String name : List.of("dataset", "plan", "changes")) {
            MvcResult result = nobody.perform(get("/schemas/" + name + ".schema.json")).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(json.readTree(result.getResponse().getContentAsString()).path("$schema").asText())
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
        assertThat(Files.readString(Path.of("../docs/FORMAT.md"))).contains("/schemas/dataset.schema.json",
                "/schemas/plan.schema.json");
    }

    @Test
    void requestBodiesAreReadAsStrictlyAsTheFormats() throws Exception {
        long datasetId = uploadTiny();
        for (String body : List.of("{\"timeLimitSeconds\": 1.5}", "{\"timeLimitSeconds\": 1, \"timeLimitSeconds\": 2}",
                "{\"timeLimitSeconds\": 1} {\"timeLimitSeconds\": 2}",
                "{\"policy\": {\"weights\": {\"noCommonLanguage\": 1e1000000000}}}")) {
            JsonNode problem = problem(planner, post("/api/datasets/" + datasetId + "/plans")
                    .contentType(MediaType.APPLICATION_JSON).content(body), ProblemType.UNREADABLE_REQUEST);
            assertThat(problem.path("issues").get(0).path("path").asText()).as(body).startsWith("$");
            assertThat(problem.toString().length()).as(body).isLessThan(5_000);
        }
    }

    private static String toArabicIndic(long number) {
        return Long.toString(number).chars().mapToObj(c -> String.valueOf((char) ('\u0660' + c - '0')))
                .reduce("", String::concat);
    }

    private static String toFullWidth(long number) {
        return Long.toString(number).chars().mapToObj(c -> String.valueOf((char) ('\uFF10' + c - '0')))
                .reduce("", String::concat);
    }
}
