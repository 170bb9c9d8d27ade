package org.caravan.api.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A service started with {@code java -jar caravan.jar} reads its classes from that file as it needs them; a rebuild
 * that replaces the file under it would make it fail later, at random, with {@code NoClassDefFoundError} and
 * requests hanging. This guard watches the jar: a rebuild that leaves the same bytes (the build is reproducible) is
 * noted and nothing else happens; any other change stops the service at once, loudly, with exit code
 * {@value #EXIT_CODE}, so that it is started again on the new build (running solves resume from their checkpoints).
 * To rebuild while a service keeps running, run it from a copy of the jar (docs/SERVICE.md).
 */
@Component
public class ReplacedJarGuard {

    /** The exit code of a service stopped because its jar was replaced. */
    public static final int EXIT_CODE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ReplacedJarGuard.class);
    private static final long CHECK_SECONDS = 2;
    /** How long the stop may take before the process is halted: the new jar may no longer load what it needs. */
    private static final long HALT_AFTER_SECONDS = 15;

    private final ConfigurableApplicationContext context;
    private ScheduledExecutorService watcher;
    private Path jar;
    private Stamp started;
    private byte[] startedDigest;

    ReplacedJarGuard(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The jar this process runs from, when it was started with {@code java -jar}; null otherwise (IDE, tests). */
    static Path runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path path = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(path) ? path : null;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Path running = runningJar();
        if (running == null || watcher != null) {
            return;
        }
        jar = running;
        started = Stamp.of(jar);
        startedDigest = digest(jar);
        watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "replaced-jar-guard");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    private void check() {
        try {
            Stamp now = Stamp.of(jar);
            if (now.equals(started)) {
                return;
            }
            // A build writes the file over some time: look at it once it has settled.
            Thread.sleep(TimeUnit.SECONDS.toMillis(CHECK_SECONDS));
            Stamp settled = Stamp.of(jar);
            if (!settled.equals(now)) {
                return;
            }
            if (settled.exists() && Arrays.equals(digest(jar), startedDigest)) {
                LOG.info("The jar {} was rebuilt with the same content; the service goes on.", jar);
                started = settled;
                return;
            }
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Could not look at the jar {}: {}", jar, e.toString());
        }
    }

    private void stop() {
        LOG.error("The jar {} was replaced or removed while the service runs (a rebuild?). The service stops now with "
                + "exit code {} instead of failing later: start it again to run the new build; running solves resume "
                + "from their checkpoints. To rebuild while it keeps running, run it from a copy of the jar.",
                jar, EXIT_CODE);
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(HALT_AFTER_SECONDS));
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(EXIT_CODE);
        }, "replaced-jar-halt");
        // Not a daemon: should the orderly stop below die on a class the changed jar no longer gives (an Error, not
        // an exception), the process must not end by itself with exit code 0 once the other threads are gone.
        halt.setDaemon(false);
        halt.start();
        int code = EXIT_CODE;
        try {
            code = SpringApplication.exit(context, () -> EXIT_CODE);
        } catch (Throwable stopFailed) {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
        System.exit(code == 0 ? EXIT_CODE : code);
    }

    private static byte[] digest(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
            return sha.digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What tells a replaced file apart cheaply: its identity on disk, size and modification time. */
    private record Stamp(boolean exists, Object fileKey, long size, long modified) {

        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(true, Objects.requireNonNullElse(attributes.fileKey(), ""), attributes.size(),
                        attributes.lastModifiedTime().toMillis());
            } catch (IOException gone) {
                return new Stamp(false, "", -1, -1);
            }
        }
    }
}
