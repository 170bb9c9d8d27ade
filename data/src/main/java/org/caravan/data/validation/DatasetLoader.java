package org.caravan.data.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a dataset and accepts it only when it can be planned: its {@link ValidDataset}. Malformed JSON, a value of the wrong type or an
 * unknown enum value becomes an {@link InvalidDatasetException} whose issue points at the JSON path; a dataset that
 * reads well is then checked by {@link DatasetValidator}, and every problem is reported at once.
 * <p>
 * Failing to read the bytes at all (a missing file) is not a problem of the dataset: it is an {@link UncheckedIOException}.
 */
public final class DatasetLoader {

    private static final ObjectReader STORED = CaravanJson.mapper().readerFor(Dataset.class);
    private static final DocumentReader<Dataset> READER = DocumentReader.of(Dataset.class, "dataset");

    private DatasetLoader() {
    }

    public static ValidDataset load(Path path) {
        return accept(READER.read(path));
    }

    public static ValidDataset load(InputStream in) {
        return accept(READER.read(in));
    }

    public static ValidDataset load(String json) {
        return accept(READER.read(json));
    }

    /**
     * A dataset this service accepted and stored earlier, read as it was accepted then: a field the format does not
     * know (which older versions ignored) is still ignored, so that a stored version never becomes unreadable.
     */
    public static ValidDataset loadStored(String json) {
        Dataset dataset;
        try {
            dataset = STORED.readValue(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDatasetException(List.of(issueOf(e)));
        }
        return DatasetValidator.valid(dataset);
    }

    /** Every problem at once: those of reading, and those the validator finds in what could be read. */
    private static ValidDataset accept(DocumentReader.Reading<Dataset> reading) {
        if (reading.issues().isEmpty() && reading.value() != null) {
            return DatasetValidator.valid(reading.value());
        }
        List<ValidationIssue> checks = reading.value() == null ? List.of() : DatasetValidator.validate(reading.value());
        throw new InvalidDatasetException(reading.with(checks));
    }

    // ---------------------------------------------------------------- Jackson's failures in the planner's words

    static ValidationIssue issueOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !(mapping.getCause() instanceof StreamReadException)) {
            return new ValidationIssue(path(mapping), message(mapping));
        }
        if (e instanceof JsonMappingException mapping) {
            // databind wraps a syntax error met inside an object with the path it had reached
            StreamReadException malformed = (StreamReadException) mapping.getCause();
            return new ValidationIssue(path(mapping), "The file is not valid JSON: "
                    + InputLimits.echo(malformed.getOriginalMessage()) + at(malformed));
        }
        return new ValidationIssue(pathOfParser(e), "The file is not valid JSON: " + InputLimits.echo(e.getOriginalMessage()) + at(e));
    }

    /** What is wrong with a value Jackson could not read into its record, in the planner's words. */
    static String message(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return wrongValue(invalid);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return wrongShape(mismatched);
        }
        return "This value cannot be read: " + InputLimits.echo(e.getOriginalMessage()) + at(e);
    }

    private static String wrongValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        String value = InputLimits.echo(e.getValue());
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return "The value (%s) is not a known %s; use one of %s.".formatted(value, words(target.getSimpleName()), allowed);
        }
        return "The value (%s) is not %s.".formatted(value, expected(target));
    }

    private static String wrongShape(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isPrimitive() && currentToken(e) == JsonToken.END_OBJECT) {
            // the object closed without the field, and a true/false field has no "absent" value
            return "The field %s is missing; give %s.".formatted(lastField(e), expected(target));
        }
        String found = found(e);
        if (found == null) {
            return e.getPath().isEmpty() && target == Dataset.class
                    ? "The file is empty; expected a dataset object."
                    : "Expected %s here.".formatted(expected(target));
        }
        return "Expected %s here, but found %s.".formatted(expected(target), found);
    }

    private static JsonToken currentToken(MismatchedInputException e) {
        return e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
    }

    private static String lastField(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        return path.isEmpty() || path.get(path.size() - 1).getFieldName() == null ? "here"
                : path.get(path.size() - 1).getFieldName();
    }

    private static String found(MismatchedInputException e) {
        JsonToken token = currentToken(e);
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "a value of another kind";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == BigInteger.class) {
            return "a whole number";
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "text";
        }
        if (target == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (target == LocalDateTime.class) {
            return "a local date-time (YYYY-MM-DDTHH:MM)";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return "an object (%s)".formatted(words(target.getSimpleName()));
    }

    /** {@code VisaPurpose} reads "visa purpose". */
    private static String words(String simpleName) {
        return simpleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String at(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
    }

    static String path(JsonMappingException e) {
        return DocumentReader.path(e.getPath());
    }

    /** For malformed JSON there is no mapping path; the parser's context still says where it was. */
    static String pathOfParser(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "$";
        }
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                steps.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                steps.push("." + context.getCurrentName());
            }
        }
        return "$" + String.join("", steps);
    }
}
