package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document as a client generator reads it, walked operation by operation so that an endpoint added later
 * is held to the same contract without anyone listing it. The document is also written to
 * {@code target/openapi/api-docs.json}, where {@code scripts/lint-openapi} lints it.
 */
class OpenApiContractTest extends ApiTestSupport {

    static final Path EXPORTED = Path.of("target/openapi/api-docs.json");
    /** Every change type of caravan-changes/1 once; the data module's schema test holds it to the published schema. */
    private static final Path CHANGES_EXAMPLE = Path.of("../data/src/test/resources/org/caravan/data/schema/changes-example.json");

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        String text = nobody.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Files.createDirectories(EXPORTED.getParent());
        Files.writeString(EXPORTED, text);
        document = json.readTree(text);
    }

    @Test
    void everyOperationDocumentsASuccessResponse_withASchemaWhenItHasABody() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            List<String> successes = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    successes.add(code);
                }
            });
            if (successes.isEmpty()) {
                missing.add(name + ": no 2xx response");
            }
            for (String code : successes) {
                JsonNode content = operation.path("responses").path(code).path("content");
                if (code.equals("204")) {
                    continue;
                }
                if (content.isMissingNode() || content.isEmpty()) {
                    missing.add(name + " " + code + ": no content");
                }
                content.fields().forEachRemaining(media -> {
                    if (media.getValue().path("schema").isMissingNode()) {
                        missing.add(name + " " + code + " " + media.getKey() + ": no schema");
                    }
                });
            }
        });

        assertThat(missing).isEmpty();
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        List<String> ids = new ArrayList<>();
        forEachOperation((name, operation) -> ids.add(operation.path("operationId").asText(name)));

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> !id.isBlank());
        // springdoc makes clashing method names unique with a numeric suffix (delete_1, get_2), which generated
        // clients then carry as method names: each such operation names itself instead.
        assertThat(ids).as("operation ids that springdoc had to number").noneMatch(id -> id.matches(".*_[0-9]+"));
    }

    @Test
    void theDatasetUploadOffersAFilePicker_besidesTheJsonBody() {
        JsonNode content = document.path("paths").path("/api/datasets").path("post").path("requestBody").path("content");

        assertThat(content.has("application/json")).as("JSON body of POST /api/datasets: %s", content).isTrue();
        JsonNode file = content.path("multipart/form-data").path("schema").path("properties").path("file");
        assertThat(file.path("format").asText()).as("multipart part 'file' of POST /api/datasets: %s", content)
                .isEqualTo("binary");
    }

    @Test
    void everyPropertyOfTheDatasetAndPlanSchemasIsDescribed() {
        JsonNode schemas = document.path("components").path("schemas");
        List<String> undescribed = new ArrayList<>();
        int properties = 0;
        for (String format : List.of("Dataset", "Plan")) {
            assertThat(schemas.has(format)).as("component schema %s", format).isTrue();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            if (!org.caravan.api.contract.FormatSchemas.descriptions().containsKey(schema.getKey())) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.getValue().path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> property = props.next();
                properties++;
                if (property.getValue().path("description").asText().isBlank()) {
                    undescribed.add(schema.getKey() + "." + property.getKey());
                }
            }
        }

        assertThat(properties).as("properties of the format schemas").isGreaterThan(60);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyJsonRequestBodyHasATypedSchema_notABareObject() {
        List<String> untyped = new ArrayList<>();
        forEachOperation((name, operation) -> {
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode() && !typed(body.path("schema"))) {
                untyped.add(name + ": " + body.path("schema"));
            }
        });

        assertThat(untyped).isEmpty();
    }

    @Test
    void theLateChangesBodyIsTheChangesFormat_eachChangeTypeItsOwnSchema() throws Exception {
        JsonNode body = document.at("/paths/~1api~1plans~1{planId}~1changes/post/requestBody/content/application~1json/schema");
        assertThat(body.path("$ref").asText()).isEqualTo(ChangesSchemas.DOCUMENT_REF);
        JsonNode published = FormatSchemas.read("changes.schema.json");
        JsonNode mapping = document.at("/components/schemas/" + ChangesSchemas.CHANGE + "/discriminator/mapping");
        List<String> types = new ArrayList<>();
        published.at("/$defs/change/properties/type/enum").forEach(type -> types.add(type.asText()));
        List<String> mapped = new ArrayList<>();
        mapping.fieldNames().forEachRemaining(mapped::add);
        assertThat(mapped).as("the change types the union tells apart by type").containsExactlyInAnyOrderElementsOf(types)
                .hasSize(16);

        DocumentedSchema schema = new DocumentedSchema(document);
        // Every change type once, with the fields docs/FORMAT.md gives it (the data module's schema test reads it too).
        JsonNode example = json.readTree(Files.readString(CHANGES_EXAMPLE));
        assertThat(schema.mismatches(body, example)).isEmpty();
        JsonNode misspelt = json.readTree("""
                {"format": "caravan-changes/1", "changes": [{"type": "CANCEL_PARTICIPANT", "particpant": "p1"},
                 {"type": "SET_BUDGET", "total": "a lot"}, {"type": "MOVE_MOUNTAINS"}]}""");
        assertThat(schema.mismatches(body, misspelt)).hasSize(3).anySatisfy(mismatch ->
                assertThat(mismatch).startsWith("$.changes[0].particpant: not declared"))
                .anySatisfy(mismatch -> assertThat(mismatch).startsWith("$.changes[1].total: a string"))
                .anySatisfy(mismatch -> assertThat(mismatch).startsWith("$.changes[2]: type MOVE_MOUNTAINS"));
    }

    @Test
    void anEventStreamIsDocumentedAsText_withItsEventsDescribed() {
        List<String> streams = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        forEachOperation((name, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            JsonNode content = response.getValue().path("content");
            if (!response.getKey().startsWith("2") || !content.has("text/event-stream")) {
                return;
            }
            streams.add(name);
            JsonNode schema = content.path("text/event-stream").path("schema");
            if (content.size() != 1 || schema.has("$ref") || !"string".equals(schema.path("type").asText())) {
                wrong.add(name + " " + response.getKey() + ": " + content);
            }
            String description = schema.path("description").asText();
            if (!description.contains("`progress`") || !description.contains("PlanView")) {
                wrong.add(name + ": the events are not named, or not what their data is: " + description);
            }
        }));

        assertThat(streams).containsExactly("GET /api/plans/{planId}/events");
        assertThat(wrong).isEmpty();
    }

    @Test
    void aSpreadsheetImports400IsTheSchemaItsOperationDocuments() throws Exception {
        long datasetId = uploadTiny();
        JsonNode documented = document.at("/paths/~1api~1datasets~1{datasetId}~1import/post/responses/400/content/"
                + "application~1problem+json/schema");
        DocumentedSchema schema = new DocumentedSchema(document);
        String csv = """
                id,nationality,priority
                p1,Burkina,high
                """;
        JsonNode badCells = json.readTree(planner.perform(multipart("/api/datasets/{id}/import", datasetId)
                        .file(new MockMultipartFile("files", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        JsonNode emptyFile = json.readTree(planner.perform(multipart("/api/datasets/{id}/import", datasetId)
                        .file(new MockMultipartFile("files", "empty.csv", "text/csv", new byte[0])))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());

        assertThat(badCells.path("issues").path(0).path("row").asInt()).as("a problem placed at its row").isEqualTo(2);
        assertThat(badCells.has("counts")).isTrue();
        assertThat(schema.mismatches(documented, badCells)).as(badCells.toString()).isEmpty();
        assertThat(schema.mismatches(documented, emptyFile)).as(emptyFile.toString()).isEmpty();
        assertThat(schema.mismatches(document.at("/components/schemas/Problem"), badCells))
                .as("the general Problem schema does not describe it: a client reading it there loses the places")
                .isNotEmpty();
    }

    @Test
    void anInvalidDatasets400IsTheSchemaItsOperationDocuments() throws Exception {
        JsonNode dataset = json.readTree(tinyDataset());
        ((com.fasterxml.jackson.databind.node.ObjectNode) dataset.path("participants").get(0)).put("priorty", 5);
        JsonNode problem = json.readTree(planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
                .content(dataset.toString())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());

        JsonNode documented = document.at("/paths/~1api~1datasets/post/responses/400/content/application~1problem+json/schema");
        assertThat(new DocumentedSchema(document).mismatches(documented, problem)).as(problem.toString()).isEmpty();
    }

    /** A schema a generator makes a model of: a reference, or one that declares its properties, items or branches. */
    private boolean typed(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved.has("properties") || resolved.has("oneOf") || resolved.has("anyOf") || resolved.has("allOf")
                || resolved.path("additionalProperties").isObject()
                || resolved.has("items") && typed(resolved.get("items"))
                || !resolved.path("type").asText("object").equals("object");
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method ->
                    check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
        }
    }
}
