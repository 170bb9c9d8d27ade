package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The caravan-changes/1 format as OpenAPI component schemas, translated from its published JSON Schema (served at
 * {@code /schemas/changes.schema.json}) so that the two cannot drift: the document ({@value #DOCUMENT}), each change
 * type as its own object schema, and {@value #CHANGE}, their union told apart by {@code type}, which a generated
 * client reads as one typed model per change. The objects a change adds (participants, rooms, segments, itineraries)
 * are the dataset format's component schemas; the fields an update sets are the participant's, none required.
 */
public final class ChangesSchemas {

    /** The request body of {@code POST /api/plans/{planId}/changes}. */
    public static final String DOCUMENT = "LateChanges";
    public static final String DOCUMENT_REF = "#/components/schemas/" + DOCUMENT;
    static final String CHANGE = "LateChange";
    static final String PARTICIPANT_FIELDS = "ParticipantFields";

    private static final String COMPONENTS = "#/components/schemas/";
    private static final String DATASET = "caravan-dataset-1.schema.json#/$defs/";
    /** Definitions of the dataset format that are records of it, hence component schemas of the document. */
    private static final Map<String, String> DATASET_RECORDS = Map.of(
            "participant", "Participant",
            "room", "Room",
            "segment", "Segment",
            "itinerary", "Itinerary",
            "nightRange", "NightRange",
            "participantFields", PARTICIPANT_FIELDS);

    private final JsonNode changes = FormatSchemas.read("changes.schema.json");
    private final JsonNode dataset = FormatSchemas.read("dataset.schema.json");

    private ChangesSchemas() {
    }

    /**
     * Adds the schemas of the format to {@code components}, which must hold the dataset's records already (the
     * dataset upload's body puts them there).
     */
    static void addTo(Components components) {
        new ChangesSchemas().add(components);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void add(Components components) {
        Map<String, Schema> existing = components.getSchemas();
        for (String record : DATASET_RECORDS.values()) {
            if (!record.equals(PARTICIPANT_FIELDS) && (existing == null || !existing.containsKey(record))) {
                throw new IllegalStateException("The OpenAPI document lacks the dataset's schema " + record
                        + ", which the late changes refer to");
            }
        }
        components.addSchemas(PARTICIPANT_FIELDS, participantFields(existing.get("Participant")));

        JsonNode change = changes.at("/$defs/change");
        Discriminator discriminator = new Discriminator().propertyName("type");
        List<Schema> branches = new ArrayList<>();
        for (JsonNode rule : change.path("allOf")) {
            String type = rule.at("/if/properties/type/const").asText();
            String def = rule.at("/then/$ref").asText().substring("#/$defs/".length());
            String name = Character.toUpperCase(def.charAt(0)) + def.substring(1) + "Change";
            components.addSchemas(name, translate(changes, changes.at("/$defs/" + def)));
            discriminator.mapping(type, COMPONENTS + name);
            branches.add(new Schema<>().$ref(COMPONENTS + name));
        }
        if (branches.size() != change.at("/properties/type/enum").size()) {
            throw new IllegalStateException("caravan-changes/1 names " + change.at("/properties/type/enum").size()
                    + " change types but gives the fields of " + branches.size());
        }
        components.addSchemas(CHANGE, new Schema<>().oneOf(branches).discriminator(discriminator)
                .description("One change; its type says which, and which fields it has."));

        components.addSchemas(DOCUMENT, translate(changes, changes));
    }

    /** The participant's fields, none required, without those an update may not set (its id). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema participantFields(Schema participant) {
        JsonNode set = changes.at("/$defs/updateParticipant/properties/set");
        Set<String> excluded = new LinkedHashSet<>();
        set.at("/propertyNames/not/enum").forEach(name -> excluded.add(name.asText()));
        Map<String, Schema> properties = new LinkedHashMap<>(participant.getProperties());
        excluded.forEach(properties::remove);
        return typed("object").properties(properties).minProperties(set.path("minProperties").asInt(1))
                .description(set.path("description").asText());
    }

    /** One JSON Schema node of {@code root} as an OpenAPI 3.1 schema. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema translate(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText("");
        Schema schema;
        if (root == changes && ref.equals("#/$defs/change")) {
            return new Schema<>().$ref(COMPONENTS + CHANGE);
        } else if (ref.startsWith(DATASET) && DATASET_RECORDS.containsKey(ref.substring(DATASET.length()))) {
            Schema record = new Schema<>().$ref(COMPONENTS + DATASET_RECORDS.get(ref.substring(DATASET.length())));
            return node.has("description")
                    ? new Schema<>().allOf(List.of(record)).description(node.get("description").asText())
                    : record;
        } else if (ref.startsWith(DATASET)) {
            schema = translate(dataset, dataset.at("/$defs/" + ref.substring(DATASET.length())));
        } else if (ref.startsWith("#/$defs/")) {
            schema = translate(root, root.at(ref.substring(1)));
        } else if (!ref.isEmpty()) {
            throw new IllegalStateException("A reference the OpenAPI translation of caravan-changes/1 cannot follow: " + ref);
        } else {
            schema = new Schema<>();
        }
        // The node's own keywords narrow what it refers to: "type": "number" beside money, which may be null elsewhere.
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            schema.setType(type.asText());
            schema.setTypes(Set.of(type.asText()));
        } else if (type.isArray()) {
            Set<String> types = new LinkedHashSet<>();
            type.forEach(one -> types.add(one.asText()));
            schema.setTypes(types);
        }
        if (node.has("const")) {
            schema.setTypes(Set.of("string"));
            schema.setType("string");
            schema.setEnum(List.of(node.get("const").asText()));
        }
        if (node.has("enum")) {
            List<Object> values = new ArrayList<>();
            node.get("enum").forEach(value -> values.add(value.asText()));
            schema.setEnum(values);
        }
        if (node.has("description")) {
            schema.setDescription(node.get("description").asText());
        }
        if (node.has("pattern")) {
            schema.setPattern(node.get("pattern").asText());
        }
        if (node.has("minimum")) {
            schema.setMinimum(node.get("minimum").decimalValue());
        }
        if (node.has("maximum")) {
            schema.setMaximum(node.get("maximum").decimalValue());
        }
        if (node.has("multipleOf")) {
            schema.setMultipleOf(node.get("multipleOf").decimalValue());
        }
        if (node.has("minItems")) {
            schema.setMinItems(node.get("minItems").asInt());
        }
        if (node.has("uniqueItems")) {
            schema.setUniqueItems(node.get("uniqueItems").asBoolean());
        }
        if (node.has("default")) {
            schema.setDefault(node.get("default").isNumber() ? node.get("default").decimalValue() : node.get("default").asText());
        }
        if (node.has("items")) {
            schema.setItems(translate(root, node.get("items")));
        }
        if (node.has("properties")) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            node.get("properties").fields().forEachRemaining(field ->
                    properties.put(field.getKey(), translate(root, field.getValue())));
            schema.setProperties(properties);
        }
        if (node.has("required")) {
            List<String> required = new ArrayList<>();
            node.get("required").forEach(name -> required.add(name.asText()));
            schema.setRequired(required);
        }
        return schema;
    }

    /** A schema of one JSON type, written as OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) documents want it. */
    private static Schema<?> typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}
