package org.caravan.clientit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the generator made of each operation of the OpenAPI document: a method named after its operation id, returning
 * the generated model (or a list of it) for a JSON body, text for a stream of Server-Sent Events, nothing only where
 * the service answers 204 No Content, and never an untyped {@code Object}; a JSON request body is a model too. A response the document leaves untyped would compile into a client that works and
 * tells its caller nothing, which no test against the service would notice.
 */
class GeneratedClientShapeTest {

    private static final String API_PACKAGE = "org.caravan.client.api.";
    private static final String MODEL_PACKAGE = "org.caravan.client.model.";
    private static final String EVENT_STREAM = "text/event-stream";

    @Test
    void everyOperationIsAMethodOfItsTagsApiTypedAsTheDocumentSays() throws Exception {
        JsonNode document = new ObjectMapper().readTree(Files.readString(specPath()));
        List<String> defects = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> verbs = path.getValue().fields(); verbs.hasNext(); ) {
                Map.Entry<String, JsonNode> verb = verbs.next();
                String name = verb.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode operation = verb.getValue();
                operations++;
                Optional<Method> method = method(operation);
                if (method.isEmpty()) {
                    defects.add(name + ": no method " + operation.path("operationId").asText() + " in "
                            + apiClassName(operation.path("tags").path(0).asText()));
                    continue;
                }
                if (operation.path("requestBody").path("content").has("application/json")
                        && Arrays.stream(method.get().getGenericParameterTypes()).noneMatch(GeneratedClientShapeTest::isModel)) {
                    defects.add(name + ": takes a JSON body, but no parameter of "
                            + Arrays.toString(method.get().getGenericParameterTypes()) + " is a model of it");
                }
                if (Arrays.asList(method.get().getParameterTypes()).contains(Object.class)) {
                    defects.add(name + ": takes an untyped Object");
                }
                Optional<String> body = successBody(operation);
                Type returned = method.get().getGenericReturnType();
                if (body.filter(EVENT_STREAM::equals).isPresent()) {
                    // A stream of events is no JSON document: a model would be read from the whole stream at its end.
                    if (returned != String.class) {
                        defects.add(name + ": answers " + EVENT_STREAM + " but returns " + returned.getTypeName());
                    }
                } else if (body.isEmpty()) {
                    // Only "204 No Content" says there is nothing to return; a missing or empty 200 is a gap.
                    if (!operation.path("responses").has("204")) {
                        defects.add(name + ": documents no successful answer with a body, nor a 204");
                    } else if (returned != void.class) {
                        defects.add(name + ": answers 204, but returns " + returned.getTypeName());
                    }
                } else if (body.get().contains("json") && !isModel(returned)) {
                    defects.add(name + ": answers " + body.get() + " but returns " + returned.getTypeName());
                } else if (returned == void.class || returned == Object.class) {
                    defects.add(name + ": answers " + body.get() + " but returns " + returned.getTypeName());
                }
            }
        }

        assertThat(operations).as("operations in the document").isGreaterThan(50);
        assertThat(defects).isEmpty();
    }

    /** A generated model, or a list of them; not Object, not a map of anything. */
    private static boolean isModel(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return isModel(list.getActualTypeArguments()[0]);
        }
        return type instanceof Class<?> model && model.getName().startsWith(MODEL_PACKAGE);
    }

    /** The media type of the operation's successful answer, or none when it documents none with a body. */
    private static Optional<String> successBody(JsonNode operation) {
        for (Iterator<Map.Entry<String, JsonNode>> codes = operation.path("responses").fields(); codes.hasNext(); ) {
            Map.Entry<String, JsonNode> code = codes.next();
            if (code.getKey().startsWith("2")) {
                Iterator<String> media = code.getValue().path("content").fieldNames();
                return media.hasNext() ? Optional.of(media.next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> method(JsonNode operation) throws ClassNotFoundException {
        Class<?> api = Class.forName(apiClassName(operation.path("tags").path(0).asText()));
        String id = operation.path("operationId").asText();
        // The plain form; each operation also has ...WithHttpInfo and a form taking extra headers.
        return Arrays.stream(api.getMethods())
                .filter(candidate -> candidate.getName().equals(id))
                .filter(candidate -> Arrays.stream(candidate.getParameterTypes()).noneMatch(Map.class::equals))
                .findFirst();
    }

    /** The generator's class for a tag: "Late changes" is LateChangesApi. */
    private static String apiClassName(String tag) {
        StringBuilder name = new StringBuilder(API_PACKAGE);
        for (String word : tag.split(" ")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.append("Api").toString();
    }

    static Path specPath() throws IOException {
        Path spec = Path.of(System.getProperty("openapi.spec", "../api/target/openapi/api-docs.json"));
        assertThat(spec).as("the OpenAPI document the api module's OpenApiContractTest exports").exists();
        return spec;
    }
}
