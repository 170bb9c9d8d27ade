package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document as a client generator reads it, walked operation by operation so that an endpoint added later
 * is held to the same contract without anyone listing it. The document is also written to
 * {@code target/openapi/api-docs.json}, where {@code scripts/lint-openapi} lints it.
 */
class OpenApiContractTest extends ApiTestSupport {

    static final Path EXPORTED = Path.of("target/openapi/api-docs.json");

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

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method ->
                    check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
        }
    }
}
