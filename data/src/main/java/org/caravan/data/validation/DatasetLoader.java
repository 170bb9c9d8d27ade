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
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Role;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.dataset.TravelMode;
import org.caravan.data.dataset.VisaPurpose;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.text.Text;
import org.jspecify.annotations.Nullable;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
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
            return new ValidationIssue(path(mapping), notJson(malformed));
        }
        return new ValidationIssue(pathOfParser(e), notJson(e));
    }

    /** Jackson's own words on malformed JSON stay as they are (in English), framed in the planner's language. */
    static Text notJson(JsonProcessingException e) {
        return Text.of("document.notJson", InputLimits.echo(e.getOriginalMessage()), at(e));
    }

    /** What is wrong with a value Jackson could not read into its record, in the planner's words. */
    static Text message(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return wrongValue(invalid);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return wrongShape(mismatched);
        }
        return Text.of("document.unreadableValue", InputLimits.echo(e.getOriginalMessage()), at(e));
    }

    private static Text wrongValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        String value = InputLimits.echo(e.getValue());
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return Text.of("document.unknownEnumValue", value, enumWords(target), allowed);
        }
        return Text.of("document.wrongValue", value, expected(target));
    }

    private static Text wrongShape(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isPrimitive() && currentToken(e) == JsonToken.END_OBJECT) {
            // the object closed without the field, and a true/false field has no "absent" value
            return Text.of("document.missingField", lastField(e), expected(target));
        }
        Text found = found(e);
        if (found == null) {
            return e.getPath().isEmpty() && target == Dataset.class
                    ? Text.of("document.emptyDatasetFile")
                    : Text.of("document.expected", expected(target));
        }
        return Text.of("document.expectedButFound", expected(target), found);
    }

    /** What a kind of value is called where a planner reads it: the dataset's own kinds by name, others as written. */
    private static Text enumWords(Class<?> target) {
        String key = ENUM_WORDS.get(target);
        return key != null ? Text.of(key) : Text.verbatim(words(target.getSimpleName()));
    }

    private static final Map<Class<?>, String> ENUM_WORDS = Map.of(Gender.class, "word.gender", Role.class, "word.role",
            RoommateCountryMode.class, "word.roommateCountryMode", TravelMode.class, "word.travelMode",
            VisaPurpose.class, "word.visaPurpose");

    private static JsonToken currentToken(MismatchedInputException e) {
        return e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
    }

    private static Object lastField(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        return path.isEmpty() || path.get(path.size() - 1).getFieldName() == null ? Text.of("document.here")
                : path.get(path.size() - 1).getFieldName();
    }

    private static @Nullable Text found(MismatchedInputException e) {
        JsonToken token = currentToken(e);
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> Text.of("kind.object");
            case START_ARRAY, END_ARRAY -> Text.of("kind.list");
            case VALUE_STRING -> Text.of("kind.text");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Text.of("kind.number");
            case VALUE_TRUE, VALUE_FALSE -> Text.of("kind.boolean");
            case VALUE_NULL -> Text.of("kind.null");
            default -> null;
        };
    }

    /** The kind of value a field takes, as a planner reads it (shared with the document reader's messages). */
    static Text expected(@Nullable Class<?> target) {
        if (target == null) {
            return Text.of("kind.other");
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == BigInteger.class) {
            return Text.of("kind.wholeNumber");
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class) {
            return Text.of("kind.number");
        }
        if (target == Boolean.class || target == boolean.class) {
            return Text.of("kind.boolean");
        }
        if (target == String.class) {
            return Text.of("kind.text");
        }
        if (target == LocalDate.class) {
            return Text.of("kind.date");
        }
        if (target == LocalDateTime.class) {
            return Text.of("kind.localDateTime");
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return Text.of("kind.list");
        }
        if (target.isEnum()) {
            return Text.of("kind.oneOf", Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        }
        return Text.of("kind.objectOf", words(target.getSimpleName()));
    }

    /** {@code VisaPurpose} reads "visa purpose". */
    private static String words(String simpleName) {
        return simpleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    /** Where in the file, when the parser knows: " (line 3, column 7)", or nothing. */
    static Text at(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? Text.verbatim("")
                : Text.of("document.at", location.getLineNr(), location.getColumnNr());
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
