package org.caravan.clientit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code java -jar caravan.jar}) as a child process on a free port, with its embedded H2
 * database in a folder of its own, as a client program meets it. Ready once its actuator health answers 200;
 * stopped (SIGTERM, then SIGKILL) on {@link #close()}.
 */
final class RunningService implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;

    private RunningService(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    static RunningService start(Path jar, Path folder) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No runnable jar at " + jar + ": build the api module first (see client-it/pom.xml)");
        }
        int port = freePort();
        Path dataDir = folder.resolve("caravan-data");
        Path log = folder.resolve("service.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                // Quicker to start on a busy machine; the short solve the test asks for needs no optimised code.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--caravan.data-dir=" + dataDir,
                "--caravan.solver.workers=1",
                // The test uploads the flagship itself, through the client; the first start need not load it too.
                "--caravan.sample.enabled=false",
                // A queued solve is picked up within half a second instead of the scheduler's default polling.
                "--db-scheduler.polling-interval=500ms"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RunningService service = new RunningService(process, dataDir, log, port);
        try {
            service.awaitHealthy();
        } catch (IOException | InterruptedException | RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUri() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The service was not healthy within " + START_TIMEOUT + ":\n" + logTail());
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** The instance administrator's token, which the first start writes to the data folder. */
    String administratorToken() throws IOException {
        return Files.readString(dataDir.resolve("admin-token")).strip();
    }

    /** The end of the service's log, for a failure message. */
    String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
