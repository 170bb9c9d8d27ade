package org.caravan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real service processes on one PostgreSQL database (127.0.0.1:5432, database test, a schema of its own per
 * run), sharing one job queue with the shipped queue settings: a solve runs on exactly one of them; status and the
 * event stream work on either; when the one solving is killed with SIGKILL, the other resumes the solve from its
 * checkpoint within a minute. Skipped without PostgreSQL, except under CI=true or CARAVAN_REQUIRE_POSTGRES=true.
 */
@EnabledIf(value = "postgresReachable", disabledReason = "PostgreSQL at 127.0.0.1:5432 is unreachable")
class TwoInstancesIT {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "caravan_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private String token;

    @TempDir
    Path folder;

    /** One service process: its name in the job queue, port, data folder and log. */
    private record Instance(String name, Process process, int port, Path dataDir, Path log) {
    }

    static boolean postgresReachable() {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + SCHEMA);
            return true;
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI")) || "true".equalsIgnoreCase(System.getenv("CARAVAN_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required here but " + URL + " is unreachable", e);
            }
            System.err.println("TwoInstancesIT skipped: " + e.getMessage());
            return false;
        }
    }

    @BeforeEach
    void twoInstances() throws Exception {
        start("instance-a");
        token = ownerToken(instances.get("instance-a"));
        start("instance-b");
        assertThat(instances.get("instance-b").dataDir().resolve("admin-token"))
                .as("the administrator is made once, by the first instance").doesNotExist();
    }

    @AfterEach
    void stop() throws Exception {
        for (Instance instance : instances.values()) {
            if (instance.process().isAlive()) {
                instance.process().destroy();
                if (!instance.process().waitFor(30, TimeUnit.SECONDS)) {
                    instance.process().destroyForcibly().waitFor();
                }
            }
        }
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void aSolveRunsOnOneInstanceAndTheOtherResumesItWithinAMinuteOfASigkill() throws Exception {
        Instance a = instances.get("instance-a");
        Instance b = instances.get("instance-b");
        HttpResponse<String> uploaded = send(a, "POST", "/api/datasets", ApiTestSupport.resource("tiny.json"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long datasetId = json.readTree(uploaded.body()).get("id").asLong();
        HttpResponse<String> started = send(b, "POST", "/api/datasets/" + datasetId + "/plans", "{\"timeLimitSeconds\": 90}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long planId = json.readTree(started.body()).get("planId").asLong();

        await(a, planId, status -> status.get("status").asText().equals("SOLVING") && !status.get("checkpointAt").isNull(),
                Duration.ofSeconds(60));
        String runner = pickedBy(planId);
        Instance solving = instances.get(runner);
        Instance other = solving == a ? b : a;
        assertThat(solving).as("picked by " + runner).isNotNull();
        assertThat(Files.readString(other.log())).as("the other instance does not solve it")
                .doesNotContain("Solving started").doesNotContain("Resuming the solve of plan " + planId);
        JsonNode seenElsewhere = json.readTree(send(other, "GET", "/api/plans/" + planId, null).body());
        assertThat(seenElsewhere.get("status").asText()).as("status from the instance not solving").isEqualTo("SOLVING");
        assertThat(firstEvent(other, planId)).as("the event stream of the instance not solving").contains("\"planId\":" + planId);

        solving.process().destroyForcibly();
        solving.process().waitFor();
        long killed = System.nanoTime();
        JsonNode resumed = await(other, planId, status -> status.get("resumes").asInt() >= 1
                && status.get("status").asText().equals("SOLVING"), Duration.ofSeconds(90));
        double takeover = (System.nanoTime() - killed) / 1e9;
        System.out.printf("TwoInstancesIT: %s took over plan %d %.1f s after %s was killed%n", other.name(), planId,
                takeover, solving.name());
        assertThat(takeover).as("seconds from the SIGKILL to solving again on the other instance").isLessThan(60);
        assertThat(Files.readString(other.log())).contains("Resuming the solve of plan " + planId + " from its checkpoint");
        assertThat(pickedBy(planId)).isEqualTo(other.name());
        assertThat(resumed.get("elapsedSeconds").asDouble()).isPositive();

        HttpResponse<String> stop = send(other, "POST", "/api/plans/" + planId + "/stop", "");
        assertThat(stop.statusCode()).isEqualTo(202);
        await(other, planId, status -> status.get("status").asText().equals("STOPPED"), Duration.ofSeconds(30));
        assertThat(send(other, "GET", "/api/plans/" + planId + "/result", null).statusCode()).isEqualTo(200);
    }

    private String pickedBy(long planId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL + "?currentSchema=" + SCHEMA, "postgres", "");
             PreparedStatement query = connection.prepareStatement(
                     "select picked_by from scheduled_tasks where task_instance = ? and picked = true")) {
            query.setString(1, Long.toString(planId));
            try (ResultSet rows = query.executeQuery()) {
                List<String> pickers = new ArrayList<>();
                while (rows.next()) {
                    pickers.add(rows.getString(1));
                }
                assertThat(pickers).as("the instances that hold plan " + planId).hasSize(1);
                return pickers.get(0);
            }
        }
    }

    /** The first event of a plan's stream on one instance. */
    private String firstEvent(Instance instance, long planId) throws Exception {
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(uri(instance, "/api/plans/" + planId + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    return line;
                }
            }
        }
        throw new AssertionError("The stream ended without an event");
    }

    private JsonNode await(Instance instance, long planId, Predicate<JsonNode> condition, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = json.readTree(send(instance, "GET", "/api/plans/" + planId, null).body());
            if (condition.test(status)) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Plan " + planId + " did not get there within " + wait + " on " + instance.name()
                + "; last status " + status);
    }

    private void start(String name) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDir = folder.resolve(name);
        Path log = folder.resolve(name + ".log");
        String jar = System.getProperty("caravan.jar", "target/caravan.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar, "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA, "--spring.flyway.schemas=" + SCHEMA,
                "--server.port=" + port, "--caravan.data-dir=" + dataDir, "--db-scheduler.scheduler-name=" + name,
                "--caravan.sample.enabled=false", "--caravan.solver.workers=1", "--caravan.solver.checkpoint-interval=1s"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instance instance = new Instance(name, process, port, dataDir, log);
        instances.put(name, instance);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri(instance, "/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private String ownerToken(Instance instance) throws Exception {
        String admin = Files.readString(instance.dataDir().resolve("admin-token")).strip();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(instance, "/api/organisations"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Two instances\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("ownerToken").get("secret").asText();
    }

    private HttpResponse<String> send(Instance instance, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(Instance instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.port() + path);
    }
}
