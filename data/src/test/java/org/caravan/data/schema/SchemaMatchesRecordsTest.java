package org.caravan.data.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published schemas and the records that read and write the formats are one contract: walking from
 * {@link Dataset} and {@link Plan} through every nested record, list and map, each record component is a property
 * of the matching schema object, with a description a planner can read, and each schema property is a component.
 * A field added to a record without the schema, or to the schema without the record, fails here.
 */
class SchemaMatchesRecordsTest {

    private static final List<String> FORMAT_PACKAGES = List.of("org.caravan.data.dataset", "org.caravan.data.plan");
    private static final ObjectMapper MAPPER = CaravanJson.mapper();

    private final Map<Class<?>, SchemaObject> reached = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyComponentOfTheDatasetRecordsIsADescribedPropertyOfTheDatasetSchema() {
        walk(Dataset.class, SchemaObject.root(Schemas.DATASET), "Dataset");

        assertThat(problems).isEmpty();
    }

    @Test
    void everyComponentOfThePlanRecordsIsADescribedPropertyOfThePlanSchema() {
        walk(Plan.class, SchemaObject.root(Schemas.PLAN), "Plan");

        assertThat(problems).isEmpty();
    }

    @Test
    void everyRecordOfTheFormatPackagesBelongsToADataset_orAPlan() {
        walk(Dataset.class, SchemaObject.root(Schemas.DATASET), "Dataset");
        walk(Plan.class, SchemaObject.root(Schemas.PLAN), "Plan");

        assertThat(recordsOf(FORMAT_PACKAGES)).as("records of %s that no dataset or plan contains: put them in the"
                + " format and its schema, or move them out of these packages", FORMAT_PACKAGES)
                .allMatch(reached::containsKey);
    }

    // ---------------------------------------------------------------- the walk

    /** Checks one record against one schema object, then follows its components into nested records. */
    private void walk(Class<?> record, SchemaObject schema, String where) {
        if (reached.putIfAbsent(record, schema) != null) {
            return;
        }
        Map<String, JsonNode> properties = schema.properties();
        Set<String> required = schema.required();
        if (!schema.rejectsUnknownFields()) {
            problems.add(where + ": the schema object of " + record.getSimpleName()
                    + " must say additionalProperties: false (an unknown field is an error)");
        }
        Set<String> components = new LinkedHashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                continue; // neither written nor read: not part of the format (a reason's text for other languages)
            }
            String name = jsonName(component);
            components.add(name);
            String at = where + "." + name;
            JsonNode property = properties.get(name);
            if (property == null) {
                problems.add(at + ": component " + record.getSimpleName() + "." + component.getName()
                        + " is not a property of the schema");
                continue;
            }
            if (!property.path("description").isTextual() || property.path("description").asText().isBlank()) {
                problems.add(at + ": the schema property has no description");
            }
            if (component.getType().isPrimitive() && !required.contains(name)) {
                problems.add(at + ": a " + component.getType() + " component cannot be absent when read, so the"
                        + " schema must list it as required");
            }
            follow(component.getGenericType(), schema.resolve(property), at);
        }
        for (String written : writtenProperties(record)) {
            if (!properties.containsKey(written)) {
                problems.add(where + "." + written + ": Jackson writes this property of " + record.getSimpleName()
                        + " (from a getter), and the schema does not have it");
            }
        }
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            if (!components.contains(property.getKey()) && !isLegacy(property.getValue())) {
                problems.add(where + "." + property.getKey() + ": the schema has a property that "
                        + record.getSimpleName() + " has no component for");
            }
        }
        for (String name : required) {
            if (!properties.containsKey(name)) {
                problems.add(where + ": the schema requires " + name + ", which it does not define");
            }
        }
    }

    /** A component's type: a record to walk into, a list or map of them, an enum to compare, or a plain value. */
    private void follow(Type type, SchemaObject schema, String where) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                follow(arguments[0], schema.items(), where + "[]");
            } else if (Map.class.isAssignableFrom(raw)) {
                follow(arguments[1], schema.values(), where + "{}");
            }
            return;
        }
        Class<?> plain = (Class<?>) type;
        if (plain.isRecord()) {
            SchemaObject object = schema == null ? null : schema.objectBranch();
            if (object == null) {
                problems.add(where + ": " + plain.getSimpleName() + " is a record, but its schema is no object with properties");
            } else {
                walk(plain, object, where);
            }
        } else if (plain.isEnum()) {
            Set<String> constants = Arrays.stream(plain.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> listed = schema == null ? Set.of() : schema.enumValues();
            if (!listed.equals(constants)) {
                problems.add(where + ": the schema lists " + listed + " but " + plain.getSimpleName() + " has " + constants);
            }
        }
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    /** What Jackson writes for a record: its components, and any getter it detects besides (isX, getX). */
    private static List<String> writtenProperties(Class<?> record) {
        JavaType type = MAPPER.constructType(record);
        return MAPPER.getSerializationConfig().introspect(type).findProperties().stream()
                .map(BeanPropertyDefinition::getName).toList();
    }

    /** A field that is no longer part of the format but still accepted (and ignored), so old files keep loading. */
    private static boolean isLegacy(JsonNode property) {
        return property.path("deprecated").asBoolean(false) && property.path("readOnly").asBoolean(false);
    }

    private static Set<Class<?>> recordsOf(List<String> packages) {
        Set<Class<?>> records = new LinkedHashSet<>();
        for (String name : packages) {
            URL folder = SchemaMatchesRecordsTest.class.getClassLoader().getResource(name.replace('.', '/'));
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String simple = file.getFileName().toString().replaceFirst("\\.class$", "");
                    Class<?> type = Class.forName(name + "." + simple.replace('/', '.'));
                    if (type.isRecord()) {
                        records.add(type);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException | ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return records;
    }

    // ---------------------------------------------------------------- reading a schema

    /** A node of one schema file, resolving its local {@code $ref}s, {@code allOf} and nullable {@code anyOf}. */
    record SchemaObject(JsonNode root, JsonNode node) {

        static SchemaObject root(String fileName) {
            JsonNode root = Schemas.readResource(Schemas.FOLDER + fileName);
            return new SchemaObject(root, root);
        }

        /** The node itself, and every node it is made of ({@code $ref} target, {@code allOf} parts). */
        List<JsonNode> parts() {
            List<JsonNode> parts = new ArrayList<>();
            collect(node, parts);
            return parts;
        }

        private void collect(JsonNode at, List<JsonNode> parts) {
            parts.add(at);
            if (at.has("$ref")) {
                collect(target(at.get("$ref").asText()), parts);
            }
            at.path("allOf").forEach(part -> collect(part, parts));
        }

        private JsonNode target(String ref) {
            if (!ref.startsWith("#")) {
                throw new IllegalStateException("Only references inside the file are walked: " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("Reference to nothing: " + ref);
            }
            return target;
        }

        Map<String, JsonNode> properties() {
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            for (JsonNode part : parts()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = part.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    properties.putIfAbsent(field.getKey(), field.getValue());
                }
            }
            return properties;
        }

        Set<String> required() {
            Set<String> required = new LinkedHashSet<>();
            parts().forEach(part -> part.path("required").forEach(name -> required.add(name.asText())));
            return required;
        }

        boolean rejectsUnknownFields() {
            return parts().stream().anyMatch(part -> part.path("additionalProperties").isBoolean()
                    && !part.path("additionalProperties").asBoolean());
        }

        Set<String> enumValues() {
            Set<String> values = new TreeSet<>();
            for (SchemaObject branch : branches()) {
                for (JsonNode part : branch.parts()) {
                    part.path("enum").forEach(value -> {
                        if (!value.isNull()) {
                            values.add(value.asText());
                        }
                    });
                }
            }
            return values;
        }

        SchemaObject resolve(JsonNode property) {
            return new SchemaObject(root, property);
        }

        /** The node and the non-null branches of its anyOf / oneOf, each with the parts it is made of. */
        private List<SchemaObject> branches() {
            List<SchemaObject> branches = new ArrayList<>(List.of(this));
            for (JsonNode part : parts()) {
                for (String combinator : List.of("anyOf", "oneOf")) {
                    part.path(combinator).forEach(branch -> {
                        if (!"null".equals(branch.path("type").asText())) {
                            branches.add(new SchemaObject(root, branch));
                        }
                    });
                }
            }
            return branches;
        }

        private SchemaObject firstWith(String keyword) {
            for (SchemaObject branch : branches()) {
                for (JsonNode part : branch.parts()) {
                    if (part.has(keyword)) {
                        return new SchemaObject(root, part.get(keyword));
                    }
                }
            }
            return null;
        }

        SchemaObject items() {
            return firstWith("items");
        }

        SchemaObject values() {
            return firstWith("additionalProperties");
        }

        /** For a record-typed property, the branch that defines its properties (X of {@code anyOf: [X, null]}). */
        SchemaObject objectBranch() {
            for (SchemaObject branch : branches()) {
                if (branch.parts().stream().anyMatch(part -> part.has("properties"))) {
                    return branch;
                }
            }
            return null;
        }
    }
}
