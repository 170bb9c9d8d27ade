package org.caravan.data.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.plan.Plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes the public formats as Caravan itself writes them (stored plans, checkpoints), tolerating unknown
 * fields. Documents from people and other programs are read strictly, with every problem at once, by
 * {@code DatasetLoader} and {@code PlanLoader} (org.caravan.data.validation).
 */
public final class CaravanJson {

    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

    private CaravanJson() {
    }

    /** Applies Caravan's format settings to a mapper builder, so other layers (the service) can share them. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .addModule(new JavaTimeModule()
                        // docs/FORMAT.md: local date-times are YYYY-MM-DDTHH:MM; the default would add ":00" seconds.
                        .addSerializer(LocalDateTime.class, new LocalDateTimeSerializer(LOCAL_DATE_TIME)))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A fraction where a whole number belongs (priority 2.7) is an error, not silently truncated.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static Dataset readDataset(Path path) throws IOException {
        return MAPPER.readValue(path.toFile(), Dataset.class);
    }

    public static Dataset readDataset(InputStream in) throws IOException {
        return MAPPER.readValue(in, Dataset.class);
    }

    public static Dataset readDataset(String json) throws IOException {
        return MAPPER.readValue(json, Dataset.class);
    }

    public static Plan readPlan(Path path) throws IOException {
        return MAPPER.readValue(path.toFile(), Plan.class);
    }

    public static Plan readPlan(String json) throws IOException {
        return MAPPER.readValue(json, Plan.class);
    }

    public static void write(Path path, Object value) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        MAPPER.writeValue(path.toFile(), value);
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
