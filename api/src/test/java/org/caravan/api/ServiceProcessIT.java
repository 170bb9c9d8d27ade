package org.caravan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.api.config.ReplacedJarGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service as a separate process on a free port with its own H2 data directory: it is killed with
 * SIGKILL in the middle of a solve and started again, and everything must still be there, the interrupted solve
 * resumed from its checkpoint. Also checks the limits the servlet container enforces (multipart size) over HTTP,
 * and that the jar alone serves the planner's page with its libraries.
 */
class ServiceProcessIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    private Process service;
    /** The jar to start, when not the built one. */
    private Path runFrom;
    private int port;
    private int starts;
    /** The owner token of the organisation the test works in, made with the administrator's token. */
    private String token;

    @BeforeEach
    void freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void theFirstStartWritesTheAdministratorsTokenAndTheFirstSignInForTheirUserOnly() throws Exception {
        start();
        Path adminToken = dataDir.resolve("db").resolve("admin-token");
        String secret = Files.readString(adminToken).strip();
        assertThat(Files.getPosixFilePermissions(adminToken)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        String log = Files.readString(dataDir.resolve("service-1.log"));
        assertThat(log).contains(adminToken.toString()).doesNotContain(secret);
        Path firstSignIn = dataDir.resolve("db").resolve("first-sign-in");
        assertThat(Files.getPosixFilePermissions(firstSignIn)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        String password = firstSignInPassword();
        assertThat(log).doesNotContain(password);
        assertThat(http.send(HttpRequest.newBuilder(uri("/api/datasets")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("no credentials").isEqualTo(401);

        HttpResponse<String> organisations = http.send(HttpRequest.newBuilder(uri("/api/organisations"))
                .header("Authorization", "Bearer " + secret).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(organisations.statusCode()).isEqualTo(200);
        assertThat(json.readTree(organisations.body()).get(0).get("name").asText()).isEqualTo("First organisation");
        assertThat(countDatasetsNamed(sampleName())).as("the sample is the first organisation's")
                .isEqualTo(sampleName() == null ? 0 : 1);

        service.destroy();
        service.waitFor();
        start();
        assertThat(Files.readString(adminToken).strip()).as("made once").isEqualTo(secret);
        assertThat(Files.readString(dataDir.resolve("service-2.log"))).doesNotContain("admin-token");
    }

    @Test
    void aKilledOrStoppedServiceLosesNothingAndResumesTheInterruptedSolve() throws Exception {
        start();
        int samples = countDatasetsNamed(sampleName());
        assertThat(samples).as("the flagship sample is loaded on first start when packaged")
                .isEqualTo(sampleName() == null ? 0 : 1);

        long datasetId = upload(ApiTestSupport.resource("tiny.json"));
        long finished = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(finished, status -> status.get("status").asText().equals("DONE"));
        long interrupted = startSolve(datasetId, "{\"timeLimitSeconds\": 40, \"policy\": {\"roommateCountry\": \"GROUP\"}}");
        JsonNode beforeKill = awaitStatus(interrupted, status -> status.get("status").asText().equals("SOLVING")
                && !status.get("checkpointAt").isNull());
        String checkpointedPlan = get("/api/plans/" + interrupted + "/result").body();
        assertThat(checkpointedPlan).contains("caravan-plan/1");
        List<JsonNode> watched = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            watched.add(json.readTree(get("/api/plans/" + interrupted).body()));
            Thread.sleep(300);
        }

        service.destroyForcibly();
        service.waitFor();
        // This start takes the killed worker for dead only after 30 missed heartbeats of 1 s, so that the time
        // between the restart and the resumed solve is long enough to be watched.
        start("db-scheduler.missed-heartbeats-limit=30");

        // Until a worker solves it again, the killed solve is shown as what it is, and its clock does not go back.
        JsonNode resumedSolving = awaitStatus(interrupted, status -> {
            watched.add(status);
            return status.get("resumes").asInt() >= 1 && status.get("status").asText().equals("SOLVING");
        });
        List<JsonNode> afterKill = watched.subList(5, watched.size() - 1);
        assertThat(afterKill).as("seen between the restart and the resumed solve").isNotEmpty()
                .allSatisfy(status -> assertThat(status.get("status").asText()).isEqualTo("RESUMING"));
        assertThat(watched.stream().map(status -> status.get("elapsedSeconds").asDouble()).toList())
                .as("elapsedSeconds, poll after poll, across the kill").isSorted();
        assertThat(resumedSolving.get("elapsedSeconds").asDouble())
                .isGreaterThanOrEqualTo(watched.get(4).get("elapsedSeconds").asDouble());
        // Ids planners quote go on from the last one, however the previous process ended.
        long next = upload(ApiTestSupport.resource("tiny.json"));
        assertThat(next).isEqualTo(datasetId + 1);
        assertThat(delete("/api/datasets/" + next).statusCode()).isEqualTo(204);

        assertThat(countDatasetsNamed(sampleName())).as("the sample is loaded once only").isEqualTo(samples);
        JsonNode datasets = json.readTree(get("/api/datasets").body());
        assertThat(datasets.findValuesAsText("id")).contains(Long.toString(datasetId));
        JsonNode versions = json.readTree(get("/api/datasets/" + datasetId + "/plans").body());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(get("/api/plans/" + finished + "/result").statusCode()).isEqualTo(200);

        // The job queue notices the dead worker (no heartbeat) and the solve resumes from its checkpoint.
        JsonNode resumed = awaitStatus(interrupted, status -> status.get("resumes").asInt() >= 1
                && status.get("status").asText().equals("SOLVING"));
        assertThat(Files.readString(dataDir.resolve("service-2.log")))
                .contains("Resuming the solve of plan " + interrupted + " from its checkpoint");
        assertThat(resumed.get("policy").get("roommateCountry").asText()).isEqualTo("GROUP");
        assertThat(beforeKill.get("version").asInt()).isEqualTo(2);
        assertThat(get("/api/plans/" + interrupted + "/result").statusCode()).isEqualTo(200);

        // A graceful stop (SIGTERM) checkpoints the running solve and hands it back to the queue; the next start resumes it.
        service.destroy();
        assertThat(service.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("a graceful stop ends").isTrue();
        start();
        awaitStatus(interrupted, status -> status.get("resumes").asInt() >= 2 && status.get("status").asText().equals("SOLVING"));
        assertThat(Files.readString(dataDir.resolve("service-3.log")))
                .contains("Resuming the solve of plan " + interrupted + " from its checkpoint");

        HttpResponse<String> stop = post("/api/plans/" + interrupted + "/stop", "application/json", "");
        assertThat(stop.statusCode()).isEqualTo(202);
        JsonNode stopped = awaitStatus(interrupted, status -> status.get("status").asText().equals("STOPPED"));
        assertThat(stopped.get("resumes").asInt()).isEqualTo(2);
        JsonNode plan = json.readTree(get("/api/plans/" + interrupted + "/result").body());
        assertThat(plan.get("format").asText()).isEqualTo("caravan-plan/1");
        assertThat(plan.get("version").asInt()).isEqualTo(2);
        assertThat(plan.get("assignments")).hasSize(5);

        long afterRestarts = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        assertThat(afterRestarts).as("plan ids go on from the last one too").isEqualTo(interrupted + 1);
        awaitStatus(afterRestarts, status -> status.get("status").asText().equals("DONE"));
    }

    @Test
    void enforcesTheUploadLimitOnMultipartAndPlainBodiesOverHttp() throws Exception {
        start();
        String big = " ".repeat(1024 * 1024 + 100);
        String boundary = "caravan" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + big + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> tooBigFile = post("/api/datasets", "multipart/form-data; boundary=" + boundary, multipart);
        assertThat(tooBigFile.statusCode()).isEqualTo(413);
        assertThat(tooBigFile.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> tooBigBody = post("/api/datasets", "application/json", big);
        assertThat(tooBigBody.statusCode()).isEqualTo(413);
        assertThat(tooBigBody.body()).contains("\"status\":413");

        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/datasets/{datasetId}/plans", "/api/plans/{planId}/events");
        assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    /** What `java -jar caravan.jar` then http://localhost:8080/ needs: the page, its texts and its WebJar, from the jar. */
    @Test
    void servesThePlannersPageWithItsLibrariesFromTheJar() throws Exception {
        start();
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/app.js\"></script>",
                "/webjars/uplot/dist/uPlot.min.css");
        for (String file : List.of("/js/app.js", "/js/screens/plan.js", "/webjars/uplot/dist/uPlot.esm.js")) {
            HttpResponse<String> script = get(file);
            assertThat(script.statusCode()).as(file).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).as(file).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/javascript"));
        }
        assertThat(get("/webjars/uplot/dist/uPlot.min.css").statusCode()).isEqualTo(200);
        assertThat(json.readTree(get("/i18n/fr.json").body()).get("menu.datasets").asText()).isEqualTo("Jeux de données");
    }

    /**
     * A rebuild under a running service: the same bytes written again leave it running; a different jar stops it at
     * once, loudly, with its own exit code, instead of failing later with classes that no longer load.
     */
    @Test
    void aServiceWhoseJarIsReplacedStopsLoudlyAndOneRebuiltIdenticallyGoesOn() throws Exception {
        Path copy = dataDir.resolve("caravan-copy.jar");
        Files.copy(Path.of(System.getProperty("caravan.jar", "target/caravan.jar")), copy);
        runFrom = copy;
        start();
        Path log = dataDir.resolve("service-1.log");

        Path same = dataDir.resolve("caravan-same.jar");
        Files.copy(copy, same);
        Files.setLastModifiedTime(same, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Files.move(same, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        awaitLog(log, "rebuilt with the same content");
        assertThat(service.isAlive()).isTrue();
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

        Files.write(copy, new byte[] {'P', 'K'}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(service.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(service.exitValue()).isEqualTo(ReplacedJarGuard.EXIT_CODE);
        assertThat(Files.readString(log)).contains("was replaced or removed while the service runs",
                "start it again to run the new build");
    }

    /**
     * Every entry of the runnable jar carries the fixed build time, not the time of the build, so building the same
     * sources twice gives the same bytes (two clean builds give the same SHA-256; see the notes of issue 11).
     */
    @Test
    void theRunnableJarsEntriesCarryTheFixedBuildTimeSoRebuildsGiveTheSameBytes() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("caravan.jar", "target/caravan.jar"))) {
            java.time.LocalDate fixed = java.time.LocalDate.of(2026, 1, 1);
            List<String> stamped = jar.stream()
                    .filter(entry -> !entry.getTimeLocal().toLocalDate().equals(fixed)
                            && !entry.getTimeLocal().toLocalDate().equals(fixed.minusDays(1)))
                    .map(entry -> entry.getName() + " " + entry.getTimeLocal()).limit(5).toList();
            assertThat(stamped).as("entries stamped with the build's own time").isEmpty();
        }
    }

    private static void awaitLog(Path log, String text) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Files.readString(log).contains(text)) {
            assertThat(System.nanoTime()).as("the log says: " + text).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Starts the packaged service; {@code changes} ("name=value") replace the test's settings of the same name. */
    private void start(String... changes) throws Exception {
        String jar = runFrom != null ? runFrom.toString() : System.getProperty("caravan.jar", "target/caravan.jar");
        assertThat(Path.of(jar)).as("the packaged service; run through `mvn verify`").exists();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", Integer.toString(port));
        settings.put("caravan.data-dir", dataDir.resolve("db").toString());
        settings.put("caravan.solver.workers", "1");
        settings.put("caravan.solver.checkpoint-interval", "500ms");
        settings.put("caravan.solver.heartbeat-timeout", "3s");
        settings.put("caravan.max-upload-size", "1MB");
        settings.put("db-scheduler.heartbeat-interval", "1s");
        settings.put("db-scheduler.missed-heartbeats-limit", "4");
        settings.put("db-scheduler.polling-interval", "500ms");
        for (String change : changes) {
            settings.put(change.substring(0, change.indexOf('=')), change.substring(change.indexOf('=') + 1));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        Path log = dataDir.resolve("service-" + (++starts) + ".log");
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("The service exited with " + service.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    if (token == null) {
                        token = ownerTokenOfANewOrganisation();
                    }
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The service did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private String ownerTokenOfANewOrganisation() throws IOException, InterruptedException {
        String admin = Files.readString(dataDir.resolve("db").resolve("admin-token")).strip();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/organisations"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Process test\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("ownerToken").get("secret").asText();
    }

    private String firstSignInPassword() throws IOException {
        return Files.readAllLines(dataDir.resolve("db").resolve("first-sign-in")).stream()
                .filter(line -> line.startsWith("password=")).map(line -> line.substring("password=".length()))
                .findFirst().orElseThrow();
    }

    /** The datasets of the first organisation, as its first owner sees them once signed in with the first password. */
    private JsonNode firstOrganisationDatasets() throws IOException, InterruptedException {
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"owner\", \"password\": \""
                        + firstSignInPassword() + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> datasets = http.send(HttpRequest.newBuilder(uri("/api/datasets")).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(datasets.statusCode()).isEqualTo(200);
        return json.readTree(datasets.body());
    }

    private String sampleName() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("caravan.jar", "target/caravan.jar"))) {
            var entry = jar.getEntry("BOOT-INF/classes/samples/djerba-2026.json");
            if (entry == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return json.readTree(in).get("event").get("name").asText();
            }
        }
    }

    private int countDatasetsNamed(String name) throws Exception {
        if (name == null) {
            return 0;
        }
        JsonNode datasets = firstOrganisationDatasets();
        int count = 0;
        for (JsonNode dataset : datasets) {
            if (name.equals(dataset.get("name").asText())) {
                count++;
            }
        }
        return count;
    }

    private long upload(String dataset) throws Exception {
        HttpResponse<String> response = post("/api/datasets", "application/json", dataset);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asLong();
    }

    private long startSolve(long datasetId, String body) throws Exception {
        HttpResponse<String> response = post("/api/datasets/" + datasetId + "/plans", "application/json", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return json.readTree(response.body()).get("planId").asLong();
    }

    private JsonNode awaitStatus(long planId, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = json.readTree(get("/api/plans/" + planId).body());
            if (condition.test(status)) {
                return status;
            }
            if (status.get("status").asText().equals("FAILED")) {
                throw new AssertionError("Plan " + planId + " failed: " + status);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Plan " + planId + " did not get there within " + WAIT + "; last status " + status);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(authorised(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(authorised(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return http.send(authorised(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(30)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** With the test organisation's owner token, once there is one. */
    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
