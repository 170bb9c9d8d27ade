package org.caravan.data.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The three schema files themselves: valid JSON Schema 2020-12, and every property explained to a planner. */
class PublishedSchemasTest {

    private static final List<String> FILES = List.of(Schemas.DATASET, Schemas.PLAN, Schemas.CHANGES);

    @Test
    void eachFileIsValidJsonSchema2020_12() {
        for (String file : FILES) {
            JsonNode schema = Schemas.readResource(Schemas.FOLDER + file);

            assertThat(schema.path("$schema").asText()).as(file).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(Schemas.problems(Schemas.metaSchema(), schema)).as(file).isEmpty();
        }
    }

    @Test
    void everyPropertyOfEverySchemaHasADescription() {
        List<String> undescribed = new ArrayList<>();
        for (String file : FILES) {
            collectUndescribed(file, Schemas.readResource(Schemas.FOLDER + file), undescribed);
        }

        assertThat(undescribed).isEmpty();
    }

    /** Conditions (if / then / else / not) restate properties declared elsewhere; only declarations need words. */
    private static final Set<String> CONDITIONS = Set.of("if", "then", "else", "not");

    private static void collectUndescribed(String where, JsonNode node, List<String> undescribed) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndescribed(where + "/" + i, node.get(i), undescribed);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (CONDITIONS.contains(field.getKey())) {
                continue;
            }
            if (field.getKey().equals("properties") && field.getValue().isObject()) {
                field.getValue().fields().forEachRemaining(property -> {
                    if (property.getValue().path("description").asText().isBlank()) {
                        undescribed.add(where + "/properties/" + property.getKey());
                    }
                });
            }
            collectUndescribed(where + "/" + field.getKey(), field.getValue(), undescribed);
        }
    }
}
