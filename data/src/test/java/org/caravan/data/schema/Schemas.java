package org.caravan.data.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.caravan.data.json.CaravanJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The published JSON Schemas, as the jar ships them ({@code org/caravan/data/schema/} on the classpath), and a
 * validator that lists every problem as {@code /json/pointer: message}.
 */
public final class Schemas {

    public static final String FOLDER = "org/caravan/data/schema/";
    public static final String DATASET = "caravan-dataset-1.schema.json";
    public static final String PLAN = "caravan-plan-1.schema.json";
    public static final String CHANGES = "caravan-changes-1.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private Schemas() {
    }

    /** The schema of a file name such as {@link #DATASET}; its relative {@code $ref}s resolve beside it. */
    public static Schema schema(String fileName) {
        return REGISTRY.getSchema(SchemaLocation.of("classpath:" + FOLDER + fileName));
    }

    /** The schema of a document's {@code format} field (caravan-dataset/1 and so on). */
    public static Schema forFormat(String format) {
        return switch (format) {
            case "caravan-dataset/1" -> schema(DATASET);
            case "caravan-plan/1" -> schema(PLAN);
            case "caravan-changes/1" -> schema(CHANGES);
            default -> throw new IllegalArgumentException("No schema for format " + format);
        };
    }

    /** The JSON Schema 2020-12 meta-schema, which the validator ships (no network). */
    public static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    public static List<String> problems(Schema schema, JsonNode document) {
        return schema.validate(document).stream().map(Schemas::describe).toList();
    }

    public static List<String> problems(String fileName, String json) {
        return problems(schema(fileName), read(json));
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }

    /** Reads JSON as Caravan does (decimals exact, so that multipleOf 0.01 is judged on the written digits). */
    public static JsonNode read(String json) {
        try {
            return CaravanJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode readResource(String path) {
        try (InputStream in = Objects.requireNonNull(Schemas.class.getClassLoader().getResourceAsStream(path), path)) {
            return CaravanJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
