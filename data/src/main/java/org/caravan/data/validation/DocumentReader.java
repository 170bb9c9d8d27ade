package org.caravan.data.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.text.Text;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads a document of a public format (a dataset, a plan, a change file) into its record and reports every problem
 * of reading it at once, each with its JSON path: malformed JSON, data after the document, a field given twice, a
 * number, text, list or nesting beyond {@link InputLimits}, an unknown field (with the known name it most likely
 * meant), a date-time with an offset where a local one belongs, and a value of the wrong type. A value that cannot be
 * read is left out (null) and the rest is still read, so the caller's own checks can report their problems alongside;
 * {@link Reading#unread} says which paths it left out, so those checks do not report them a second time.
 * <p>
 * The known fields are those Jackson reads into the records (their components and the names they ignore on
 * purpose), so a field added to a record is known here without a list to keep.
 */
public final class DocumentReader<T> {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(InputLimits.MAX_NUMBER_CHARACTERS)
                    .maxNestingDepth(InputLimits.MAX_NESTING)
                    .maxNameLength(InputLimits.MAX_NAME_LENGTH * 10)
                    // A longer text is read and then reported with its path; beyond this it is not even read.
                    .maxStringLength(InputLimits.MAX_TEXT_LENGTH * 100)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = CaravanJson.configure(JsonMapper.builder(FACTORY))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern LOCAL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<JavaType, Map<String, JavaType>> FIELDS = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final String noun;

    private DocumentReader(Class<T> type, String noun) {
        this.type = type;
        this.noun = noun;
    }

    /** A reader of documents read into {@code type}, named {@code noun} ("dataset") in messages. */
    public static <T> DocumentReader<T> of(Class<T> type, String noun) {
        return new DocumentReader<>(type, noun);
    }

    /**
     * What reading found: the value (null when nothing could be read), the problems, and the paths left out.
     */
    public record Reading<T>(@Nullable T value, List<ValidationIssue> issues, Set<String> unread) {

        public Reading {
            issues = List.copyOf(issues);
            unread = Set.copyOf(unread);
        }

        /** Whether a path is, or lies inside, a value that was left out because it could not be read. */
        public boolean leftOut(String path) {
            for (String out : unread) {
                if (path.equals(out) || path.startsWith(out + ".") || path.startsWith(out + "[")) {
                    return true;
                }
            }
            return false;
        }

        /** The problems of reading, then the caller's own problems of what was read, less those of values left out. */
        public List<ValidationIssue> with(List<ValidationIssue> checks) {
            List<ValidationIssue> all = new ArrayList<>(issues);
            checks.stream().filter(issue -> !leftOut(issue.path())).forEach(all::add);
            return all.size() > InputLimits.MAX_ISSUES ? all.subList(0, InputLimits.MAX_ISSUES) : all;
        }
    }

    public Reading<T> read(String text) {
        return read(() -> MAPPER.readTree(text));
    }

    public Reading<T> read(InputStream in) {
        return read(() -> MAPPER.readTree(in));
    }

    public Reading<T> read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new UncheckedIOException(new IOException("No " + noun + " file at " + path));
        }
        return read(() -> MAPPER.readTree(path.toFile()));
    }

    private interface TreeSource {
        @Nullable JsonNode tree() throws IOException;
    }

    private Reading<T> read(TreeSource source) {
        JsonNode tree;
        try {
            tree = source.tree();
        } catch (JsonProcessingException e) {
            return failed(new ValidationIssue(pathOf(e), malformed(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            return failed(new ValidationIssue("$", Text.of("document.empty", nounText())));
        }
        if (!tree.isObject()) {
            return failed(new ValidationIssue("$", Text.of("document.notAnObject", nounText(), kind(tree))));
        }
        Walk walk = new Walk();
        walk.visit(tree, MAPPER.constructType(type), "$", null, null);
        return convert(tree, walk);
    }

    private Reading<T> failed(ValidationIssue issue) {
        return new Reading<>(null, List.of(issue), Set.of("$"));
    }

    private static Text malformed(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return Text.of("document.beyondLimits", e.getOriginalMessage(), InputLimits.MAX_NUMBER_CHARACTERS,
                    InputLimits.MAX_NESTING);
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Trailing token")) {
            return Text.of("document.notJson", Text.of("document.trailing", InputLimits.echo(message)), DatasetLoader.at(e));
        }
        return DatasetLoader.notJson(e);
    }

    /** The kind of document read ("dataset", "plan"...), for the few sentences that name it. */
    private Text nounText() {
        return switch (noun) {
            case "dataset" -> Text.of("document.noun.dataset");
            case "plan" -> Text.of("document.noun.plan");
            default -> Text.verbatim(noun);
        };
    }

    /** Reads the cleaned tree, leaving out each value of the wrong type until the rest reads. */
    private Reading<T> convert(JsonNode tree, Walk walk) {
        List<ValidationIssue> issues = walk.issues;
        Set<String> unread = walk.unread;
        while (issues.size() < InputLimits.MAX_ISSUES) {
            try {
                return new Reading<>(MAPPER.treeToValue(tree, type), issues, unread);
            } catch (JsonMappingException e) {
                List<JsonMappingException.Reference> references = new ArrayList<>(e.getPath());
                String path = path(references);
                // A value left out that still cannot be read (a true/false field set to null) takes its parent with it.
                boolean explained = unread.contains(path);
                while (unread.contains(path) && !references.isEmpty()) {
                    references.remove(references.size() - 1);
                    path = path(references);
                }
                if (!explained) {
                    issues.add(new ValidationIssue(path, DatasetLoader.message(e)));
                }
                if (references.isEmpty()) {
                    break;
                }
                unread.add(path);
                leaveOut(tree, references);
            } catch (IllegalArgumentException | JsonProcessingException e) {
                issues.add(new ValidationIssue("$", Text.of("document.cannotRead", nounText(), InputLimits.echo(e.getMessage()))));
                break;
            }
        }
        unread.add("$");
        return new Reading<>(null, issues, unread);
    }

    private static void leaveOut(JsonNode tree, List<JsonMappingException.Reference> references) {
        JsonNode parent = tree;
        for (JsonMappingException.Reference reference : references.subList(0, references.size() - 1)) {
            parent = reference.getFieldName() != null ? parent.path(reference.getFieldName()) : parent.path(reference.getIndex());
        }
        JsonMappingException.Reference last = references.get(references.size() - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null) {
            object.set(last.getFieldName(), NullNode.getInstance());
        } else if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()) {
            array.set(last.getIndex(), NullNode.getInstance());
        } else {
            throw new IllegalArgumentException("no value at " + path(references));
        }
    }

    /** Jackson's reference chain as a JSON path: {@code $.participants[3].homeAirports[0]}. */
    public static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String pathOf(JsonProcessingException e) {
        return e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() ? path(mapping.getPath())
                : DatasetLoader.pathOfParser(e);
    }

    /** One pass over the tree along the record types: unknown fields, limits and local date-times. */
    private static final class Walk {

        final List<ValidationIssue> issues = new ArrayList<>();
        final Set<String> unread = new LinkedHashSet<>();

        void visit(JsonNode node, @Nullable JavaType expected, String path, @Nullable JsonNode parent, @Nullable Object key) {
            if (issues.size() >= InputLimits.MAX_ISSUES) {
                return;
            }
            if (node.isObject()) {
                visitObject((ObjectNode) node, expected, path);
            } else if (node.isArray()) {
                if (node.size() > InputLimits.MAX_LIST_LENGTH) {
                    leaveOut(path, parent, key, Text.of("document.listTooLong", node.size(), InputLimits.MAX_LIST_LENGTH));
                    return;
                }
                JavaType element = expected != null && expected.isContainerType() ? expected.getContentType() : null;
                for (int i = 0; i < node.size(); i++) {
                    visit(node.get(i), element, path + "[" + i + "]", node, i);
                }
            } else if (node.isNumber()) {
                visitNumber(node, path, parent, key);
            } else if (node.isTextual()) {
                visitText(node.textValue(), expected, path, parent, key);
            }
        }

        private void visitObject(ObjectNode object, @Nullable JavaType expected, String path) {
            Map<String, JavaType> known = expected == null ? null : knownFields(expected);
            JavaType values = expected != null && expected.isMapLikeType() ? expected.getContentType() : null;
            List<String> unknown = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                String at = path + "." + InputLimits.echo(name);
                if (name.length() > InputLimits.MAX_NAME_LENGTH) {
                    unknown.add(name);
                    issue(at, Text.of("document.nameTooLong", name.length(), InputLimits.MAX_NAME_LENGTH));
                } else if (known != null && !known.containsKey(name)) {
                    unknown.add(name);
                    String nearest = NearestName.of(name, known.keySet());
                    issue(at, nearest != null
                            ? Text.of("document.unknownField.nearest", name, nearest)
                            : Text.of("document.unknownField.known", name, String.join(", ", known.keySet())));
                } else {
                    visit(field.getValue(), known != null ? known.get(name) : values, at, object, name);
                }
            }
            // An unknown field is not read, so that what it was meant to say is not silently lost: the issue says it.
            unknown.forEach(object::remove);
        }

        private void visitNumber(JsonNode node, String path, @Nullable JsonNode parent, @Nullable Object key) {
            Text problem = BoundedNumbers.problemText(node.decimalValue());
            if (problem != null) {
                leaveOut(path, parent, key, problem);
            }
        }

        private void visitText(String text, @Nullable JavaType expected, String path, @Nullable JsonNode parent,
                @Nullable Object key) {
            if (text.length() > InputLimits.MAX_TEXT_LENGTH) {
                leaveOut(path, parent, key, Text.of("document.textTooLong", text.length(), InputLimits.MAX_TEXT_LENGTH));
            } else if (expected != null && expected.hasRawClass(LocalDateTime.class) && !LOCAL_DATE_TIME.matcher(text).matches()) {
                leaveOut(path, parent, key, text.matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:?\\d{2})")
                        ? Text.of("document.dateTimeWithOffset", InputLimits.echo(text))
                        : Text.of("document.notLocalDateTime", InputLimits.echo(text)));
            } else if (expected != null && expected.hasRawClass(LocalDate.class) && !LOCAL_DATE.matcher(text).matches()) {
                leaveOut(path, parent, key, Text.of("document.notDate", InputLimits.echo(text)));
            }
        }

        private void leaveOut(String path, @Nullable JsonNode parent, @Nullable Object key, Text message) {
            issue(path, message);
            unread.add(path);
            if (parent instanceof ObjectNode object && key instanceof String name) {
                object.set(name, NullNode.getInstance());
            } else if (parent instanceof ArrayNode array && key instanceof Integer index) {
                array.set(index, NullNode.getInstance());
            }
        }

        private void issue(String path, Text message) {
            if (issues.size() < InputLimits.MAX_ISSUES) {
                issues.add(new ValidationIssue(path, message));
            }
        }
    }

    /** The fields Jackson reads into a record or bean, with their types; null for values that are not objects of ours. */
    private static @Nullable Map<String, JavaType> knownFields(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isContainerType() || raw.isPrimitive() || raw.isEnum() || raw.getName().startsWith("java.")
                || JsonNode.class.isAssignableFrom(raw)) {
            return null;
        }
        return FIELDS.computeIfAbsent(type, DocumentReader::introspect);
    }

    private static Map<String, JavaType> introspect(JavaType type) {
        DeserializationConfig config = MAPPER.getDeserializationConfig();
        BeanDescription description = config.introspect(type);
        Map<String, JavaType> fields = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.couldDeserialize()) {
                fields.put(property.getName(), property.getPrimaryType());
            }
        }
        for (String ignored : config.getDefaultPropertyIgnorals(type.getRawClass(), description.getClassInfo()).getIgnored()) {
            fields.putIfAbsent(ignored, null);
        }
        return fields;
    }

    private static Text kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> Text.of("kind.list");
            case STRING -> Text.of("kind.text");
            case NUMBER -> Text.of("kind.number");
            case BOOLEAN -> Text.of("kind.boolean");
            case NULL -> Text.of("kind.null");
            default -> Text.of("kind.another");
        };
    }
}
