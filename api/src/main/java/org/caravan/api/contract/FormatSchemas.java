package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published JSON Schemas of the formats (caravan-dataset/1, caravan-plan/1, caravan-changes/1), read from the
 * data module, and the descriptions they give each record of the formats and each of its fields, found by walking
 * the records and the schema side by side (the records' tests hold the two to each other).
 */
public final class FormatSchemas {

    /** The schema files by the name they are served under, {@code /schemas/<name>}. */
    public static final Map<String, String> FILES = Map.of(
            "dataset.schema.json", "org/caravan/data/schema/caravan-dataset-1.schema.json",
            "plan.schema.json", "org/caravan/data/schema/caravan-plan-1.schema.json",
            "changes.schema.json", "org/caravan/data/schema/caravan-changes-1.schema.json");

    /** What a record of a format is, and what each of its JSON fields means. */
    public record Described(String description, Map<String, String> fields) {
    }

    private FormatSchemas() {
    }

    public static JsonNode read(String name) {
        String resource = FILES.get(name);
        try (InputStream in = FormatSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The data module lacks its schema " + resource);
            }
            return CaravanJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record of the dataset and plan formats, by its simple name, with its descriptions. */
    public static Map<String, Described> descriptions() {
        Map<String, Described> described = new LinkedHashMap<>();
        JsonNode dataset = read("dataset.schema.json");
        walk(CaravanJson.mapper().constructType(Dataset.class), dataset, dataset, described);
        JsonNode plan = read("plan.schema.json");
        walk(CaravanJson.mapper().constructType(Plan.class), plan, plan, described);
        return described;
    }

    private static void walk(JavaType type, JsonNode root, JsonNode schema, Map<String, Described> described) {
        if (type.isContainerType()) {
            JsonNode inner = type.isMapLikeType() ? first(root, schema, "additionalProperties") : first(root, schema, "items");
            if (inner != null) {
                walk(type.getContentType(), root, inner, described);
            }
            return;
        }
        Class<?> raw = type.getRawClass();
        if (!raw.isRecord() || described.containsKey(raw.getSimpleName())) {
            return;
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        String description = null;
        for (JsonNode part : parts(root, schema)) {
            part.path("properties").fields().forEachRemaining(field -> properties.putIfAbsent(field.getKey(), field.getValue()));
            if (description == null && part.hasNonNull("description")) {
                description = part.get("description").asText();
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        described.put(raw.getSimpleName(), new Described(description == null ? "" : description, fields));
        for (BeanPropertyDefinition property : CaravanJson.mapper().getSerializationConfig().introspect(type).findProperties()) {
            JsonNode field = properties.get(property.getName());
            if (field == null) {
                continue;
            }
            fields.put(property.getName(), field.path("description").asText(""));
            walk(property.getPrimaryType(), root, field, described);
        }
    }

    /** The node, what its {@code $ref} and {@code allOf} point to, and the non-null branches of anyOf / oneOf. */
    private static List<JsonNode> parts(JsonNode root, JsonNode node) {
        List<JsonNode> parts = new ArrayList<>();
        collect(root, node, parts);
        return parts;
    }

    private static void collect(JsonNode root, JsonNode node, List<JsonNode> parts) {
        parts.add(node);
        if (node.has("$ref") && node.get("$ref").asText().startsWith("#")) {
            collect(root, root.at(node.get("$ref").asText().substring(1)), parts);
        }
        node.path("allOf").forEach(part -> collect(root, part, parts));
        for (String combinator : List.of("anyOf", "oneOf")) {
            node.path(combinator).forEach(branch -> {
                if (!"null".equals(branch.path("type").asText())) {
                    collect(root, branch, parts);
                }
            });
        }
    }

    private static JsonNode first(JsonNode root, JsonNode node, String keyword) {
        for (JsonNode part : parts(root, node)) {
            if (part.has(keyword) && part.get(keyword).isObject()) {
                return part.get(keyword);
            }
        }
        return null;
    }
}
