package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.CaravanApplication;
import org.caravan.api.security.Access;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated malformed datasets and requests, sent through the real HTTP stack (Tomcat on a random port, the whole
 * service): whatever arrives, the answer is never a 5xx, every 400 is a problem detail whose issues name a path,
 * and no answer is larger than {@link #MAX_BODY}. The counts go to target/fuzz/report.txt.
 */
class MalformedInputPropertyTest {

    static final int MAX_BODY = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, AtomicInteger> STATUSES = new TreeMap<>();
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicLong LARGEST = new AtomicLong();
    private static final List<String> FAILURES = new ArrayList<>();

    private static ConfigurableApplicationContext service;
    private static HttpClient http;
    private static String base;
    private static String token;
    private static long datasetId;
    private static String tiny;
    private static long startNanos;

    @BeforeContainer
    static void startTheService() throws Exception {
        startNanos = System.nanoTime();
        // As arguments, so they win over application.properties (a random port, never the service's 8080).
        service = new SpringApplicationBuilder(CaravanApplication.class).profiles("test").run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:mem:caravan-fuzz-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "--caravan.data-dir=target/fuzz-data",
                "--caravan.solver.default-time-limit-seconds=1",
                "--caravan.solver.max-time-limit-seconds=2",
                "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        base = "http://127.0.0.1:" + port;
        token = ApiTestSupport.plannerOfNewOrganisation(service.getBean(Access.class), null, "Fuzz").token();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (InputStream in = MalformedInputPropertyTest.class.getResourceAsStream("/datasets/tiny.json")) {
            tiny = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> uploaded = send("POST", "/api/datasets", "application/json", tiny);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        datasetId = JSON.readTree(uploaded.body()).get("id").asLong();
    }

    @AfterContainer
    static void report() throws IOException {
        String report = "inputs sent: %d%nstatuses: %s%nlargest body: %d bytes%nseconds: %.1f%n".formatted(SENT.get(),
                STATUSES, LARGEST.get(), (System.nanoTime() - startNanos) / 1e9);
        Path file = Path.of("target/fuzz/report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.print(report);
        if (service != null) {
            service.close();
        }
    }

    // ---------------------------------------------------------------- the properties

    @Property(tries = 1000)
    void aMalformedDatasetIsAnsweredWithItsProblems(@ForAll("brokenDatasets") String body, @ForAll("uploads") String how)
            throws Exception {
        HttpResponse<String> response = switch (how) {
            case "json" -> send("POST", "/api/datasets", "application/json", body);
            case "version" -> send("POST", "/api/datasets/" + datasetId + "/versions", "application/json", body);
            case "multipart" -> send("POST", "/api/datasets", "multipart/form-data; boundary=fuzz", multipart("fuzz", body));
            default -> send("POST", "/api/datasets", "multipart/form-data", multipart("fuzz", body));
        };
        check(response);
    }

    @Property(tries = 1000)
    void aMalformedRequestIsNeverAServerError(@ForAll("requests") Request request) throws Exception {
        check(send(request.method(), request.path(), request.contentType(), request.body()));
    }

    record Request(String method, String path, String contentType, String body) {
    }

    // ---------------------------------------------------------------- what every answer must be

    private static void check(HttpResponse<String> response) throws IOException {
        int status = response.statusCode();
        int size = response.body().getBytes(StandardCharsets.UTF_8).length;
        synchronized (STATUSES) {
            STATUSES.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }
        LARGEST.accumulateAndGet(size, Math::max);
        String where = response.request().method() + " " + response.request().uri().getRawPath();
        assertThat(status).as("%s answered %s", where, cut(response.body())).isLessThan(500);
        assertThat(size).as("%s body size", where).isLessThanOrEqualTo(MAX_BODY);
        if (status == 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(where).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("type").asText()).as(where).startsWith("/problems/");
            assertThat(problem.path("issues").isArray() && !problem.path("issues").isEmpty()).as("%s: %s", where,
                    cut(response.body())).isTrue();
            for (JsonNode issue : problem.path("issues")) {
                String path = issue.has("path") ? issue.path("path").asText() : issue.path("column").asText();
                assertThat(path).as("%s issue %s", where, issue).isNotBlank();
            }
        }
    }

    private static String cut(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        SENT.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return http.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String multipart(String boundary, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<String> uploads() {
        return Arbitraries.of("json", "json", "version", "multipart", "multipart-without-boundary");
    }

    @Provide
    Arbitrary<String> brokenDatasets() {
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(mutations, Arbitraries.of(Ending.values())).as(MalformedInputPropertyTest::broken);
    }

    /** One change to a node of the tiny dataset: which node (by its rank in a walk), and what becomes of it. */
    record Mutation(int node, Change change, String text) {
    }

    enum Change { WRONG_STRING, HUGE_NUMBER, TINY_NUMBER, LONG_TEXT, NULL, EMPTY_OBJECT, EMPTY_LIST, DEEP, UNKNOWN_FIELD, REMOVE,
        NEGATIVE, OFFSET_DATE_TIME, NAN, BIG_LIST }

    enum Ending { CLEAN, TRAILING, TRUNCATED, DUPLICATE_KEY, GARBAGE }

    private static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 400), Arbitraries.of(Change.values()),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12)).as(Mutation::new);
    }

    private static String broken(List<Mutation> mutations, Ending ending) {
        JsonNode tree;
        try {
            tree = JSON.readTree(tiny);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (Mutation mutation : mutations) {
            List<JsonNode[]> slots = new ArrayList<>();
            collect(tree, slots);
            JsonNode[] slot = slots.get(mutation.node() % slots.size());
            apply(slot[0], slot[1], mutation);
        }
        String text = tree.toString();
        return switch (ending) {
            case CLEAN -> text;
            case TRAILING -> text + " {\"more\": true}";
            case TRUNCATED -> text.substring(0, Math.max(1, text.length() / 3));
            case DUPLICATE_KEY -> text.replaceFirst("\"format\":", "\"format\":\"caravan-dataset/1\",\"format\":");
            case GARBAGE -> text.replaceFirst(",", ",\u0000\u00ff\"]}");
        };
    }

    /** Every (container, key) pair of the tree, a key being a field name or a list index. */
    private static void collect(JsonNode node, List<JsonNode[]> slots) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                slots.add(new JsonNode[] {node, JsonNodeFactory.instance.textNode(name)});
                collect(node.get(name), slots);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new JsonNode[] {node, JsonNodeFactory.instance.numberNode(i)});
                collect(node.get(i), slots);
            }
        }
    }

    private static void apply(JsonNode container, JsonNode key, Mutation mutation) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode value = switch (mutation.change()) {
            case WRONG_STRING -> f.textNode(mutation.text());
            case HUGE_NUMBER -> f.numberNode(new java.math.BigDecimal("1e1000000000"));
            case TINY_NUMBER -> f.numberNode(new java.math.BigDecimal("1e-400"));
            case LONG_TEXT -> f.textNode("X".repeat(20_000));
            case NULL -> f.nullNode();
            case EMPTY_OBJECT -> f.objectNode();
            case EMPTY_LIST -> f.arrayNode();
            case DEEP -> deep(40);
            case NEGATIVE -> f.numberNode(-987654321);
            case OFFSET_DATE_TIME -> f.textNode("2026-03-25T10:00:00+01:00");
            case NAN -> f.textNode("NaN");
            case BIG_LIST -> bigList();
            case UNKNOWN_FIELD, REMOVE -> null;
        };
        if (container instanceof ObjectNode object) {
            String name = key.asText();
            if (mutation.change() == Change.REMOVE) {
                object.remove(name);
            } else if (mutation.change() == Change.UNKNOWN_FIELD) {
                object.put(name + mutation.text(), 1);
            } else {
                object.set(name, value);
            }
        } else if (container instanceof ArrayNode array) {
            int index = key.asInt();
            if (mutation.change() == Change.REMOVE) {
                array.remove(index);
            } else if (mutation.change() == Change.UNKNOWN_FIELD) {
                array.add(f.objectNode().put(mutation.text(), true));
            } else {
                array.set(index, value);
            }
        }
    }

    private static JsonNode deep(int levels) {
        JsonNode node = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < levels; i++) {
            node = JsonNodeFactory.instance.arrayNode().add(node);
        }
        return node;
    }

    private static JsonNode bigList() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 2_000; i++) {
            list.add("entry " + i);
        }
        return list;
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("1", "0", "-1", "0x1", "+1", "%231", "\u0661", "\uff11",
                        "99999999999999999999", "1.5", "1e3", "%00", "%2e%2e", "abc", "%201", "1%20", "%C0%AF"),
                Arbitraries.longs().between(0, 1000).map(String::valueOf));
        Arbitrary<String> template = Arbitraries.of(
                "/api/datasets/{id}", "/api/datasets/{id}/summary", "/api/datasets/{id}/versions",
                "/api/datasets/{id}/versions/{id}", "/api/datasets/{id}/plans", "/api/plans/{id}", "/api/plans/{id}/stop",
                "/api/plans/{id}/events", "/api/plans/{id}/plan.json", "/api/plans/{id}/rooming-lists.xlsx",
                "/api/plans/{id}/costs", "/api/plans/{id}/explanation", "/api/datasets/{id}/participants/{id}/erasure",
                "/api/datasets/import", "/api/datasets", "/api/plans", "/api/session", "/api/organisation/tokens",
                "/api/sheets/templates/{id}.xlsx", "/api/nothing/{id}", "/problems/{id}", "/schemas/{id}");
        Arbitrary<String> method = Arbitraries.of("GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
        Arbitrary<String> contentType = Arbitraries.of("application/json", "application/json", "text/plain",
                "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=x",
                "application/json; charset=klingon", "application/x-www-form-urlencoded", "*/*", "application/xml",
                "garbage");
        Arbitrary<String> body = Arbitraries.oneOf(
                Arbitraries.of("", "{", "[]", "null", "{}", "{\"timeLimitSeconds\": 1.5}", "{\"timeLimitSeconds\": -1}",
                        "{\"timeLimitSeconds\": 1e10000}", "{\"timeLimitSecs\": 1}", "{\"policy\": {\"weights\": {\"x\": 1e400}}}",
                        "{\"policy\": {\"weights\": {\"travelHour\": 1e10000}}}", "{\"datasetVersion\": \"two\"}",
                        "{\"name\": \"" + "n".repeat(50_000) + "\"}", "--x\r\n\r\n", "{\"a\":1}{\"b\":2}",
                        "{\"timeLimitSeconds\": 1, \"timeLimitSeconds\": 2}"),
                Arbitraries.strings().ofMaxLength(200));
        return Combinators.combine(method, template, id, contentType, body).as((m, t, i, c, b) ->
                new Request(m, t.replace("{id}", i), m.equals("GET") || m.equals("DELETE") ? null : c,
                        m.equals("GET") || m.equals("DELETE") ? null : b));
    }
}
