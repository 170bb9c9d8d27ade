package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds a JSON value to a schema of the OpenAPI document the way a strict generated client reads it: every field
 * the value has must be declared (a generated model fails on an undeclared one, or drops it), and every value must
 * be of a type its schema allows (or null, which a generated model reads into any field). Follows {@code $ref}s into the document's components, {@code allOf} (all must
 * hold, their properties together) and {@code oneOf} (the branch the discriminator names, else one that fits).
 */
final class DocumentedSchema {

    private final JsonNode document;

    DocumentedSchema(JsonNode document) {
        this.document = document;
    }

    /** Every way {@code value} departs from {@code schema}, each at its JSON path; empty when it fits. */
    List<String> mismatches(JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(schema, value, "$", found);
        return found;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        JsonNode resolved = resolve(schema);
        if (value.isNull()) {
            return;
        }
        if (resolved.has("oneOf")) {
            checkOneOf(resolved, value, at, found);
            return;
        }
        Set<String> types = new HashSet<>();
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        List<JsonNode> parts = new ArrayList<>();
        collect(resolved, types, properties, parts);
        if (!types.isEmpty() && !types.contains(typeOf(value))
                && !(typeOf(value).equals("integer") && types.contains("number"))) {
            found.add(at + ": a " + typeOf(value) + " where the document says " + types);
            return;
        }
        for (JsonNode part : parts) {
            if (part.has("enum") && value.isTextual() && !contains(part.get("enum"), value.asText())) {
                found.add(at + ": " + value + " is none of " + part.get("enum"));
            }
            if (part.has("items") && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    check(part.get("items"), value.get(i), at + "[" + i + "]", found);
                }
            }
            if (part.has("additionalProperties") && part.get("additionalProperties").isObject() && value.isObject()) {
                value.fields().forEachRemaining(field ->
                        check(part.get("additionalProperties"), field.getValue(), at + "." + field.getKey(), found));
                return;
            }
        }
        if (value.isObject()) {
            value.fields().forEachRemaining(field -> {
                JsonNode declared = properties.get(field.getKey());
                if (declared == null) {
                    found.add(at + "." + field.getKey() + ": not declared by the schema (it has " + properties.keySet() + ")");
                } else {
                    check(declared, field.getValue(), at + "." + field.getKey(), found);
                }
            });
        }
    }

    private void checkOneOf(JsonNode schema, JsonNode value, String at, List<String> found) {
        JsonNode discriminator = schema.path("discriminator");
        if (discriminator.has("propertyName")) {
            String named = value.path(discriminator.get("propertyName").asText()).asText();
            JsonNode target = discriminator.path("mapping").path(named);
            if (target.isMissingNode()) {
                found.add(at + ": " + discriminator.get("propertyName").asText() + " " + named
                        + " is none of the mapping's " + discriminator.path("mapping"));
            } else {
                check(document.at(target.asText().substring(1)), value, at, found);
            }
            return;
        }
        List<String> closest = null;
        for (JsonNode branch : schema.get("oneOf")) {
            List<String> mine = new ArrayList<>();
            check(branch, value, at, mine);
            if (mine.isEmpty()) {
                return;
            }
            closest = closest == null || mine.size() < closest.size() ? mine : closest;
        }
        found.addAll(closest == null ? List.of(at + ": an empty oneOf") : closest);
    }

    /** The types, properties and parts (the schema and those of its allOf) that together say what a value is. */
    private void collect(JsonNode schema, Set<String> types, Map<String, JsonNode> properties, List<JsonNode> parts) {
        JsonNode resolved = resolve(schema);
        parts.add(resolved);
        JsonNode type = resolved.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(one -> types.add(one.asText()));
        resolved.path("properties").fields().forEachRemaining(field -> properties.putIfAbsent(field.getKey(), field.getValue()));
        resolved.path("allOf").forEach(part -> collect(part, types, properties, parts));
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Not a reference into the document: " + ref);
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("The document has no " + ref);
            }
            resolved = target;
        }
        return resolved;
    }

    private static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case NULL -> "null";
            case BOOLEAN -> "boolean";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            case STRING -> "string";
            case ARRAY -> "array";
            default -> "object";
        };
    }

    private static boolean contains(JsonNode values, String value) {
        for (JsonNode one : values) {
            if (one.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
