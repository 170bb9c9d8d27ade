package org.caravan.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar from a terminal, in an empty working folder: a command line never starts the service. */
class CommandLineIT {

    @TempDir
    Path workingDir;

    private record Run(int exit, String out, String err) {
    }

    private Run caravan(String... args) throws Exception {
        String jar = Path.of(System.getProperty("caravan.jar", "target/caravan.jar")).toAbsolutePath().toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        Path out = workingDir.resolve("out.txt");
        Path err = workingDir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        assertThat(ended).as("the command ends by itself (it did not start the service):%n%s", Files.readString(out)).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aMistypedCommandExitsWithTheUsageAndCreatesNoDataFolder() throws Exception {
        Files.writeString(workingDir.resolve("data.json"), "{}");
        Run run = caravan("solv", "data.json");
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("solv", "Usage:");
        assertThat(workingDir.resolve("caravan-data")).doesNotExist();
    }

    @Test
    void solveHelpPrintsTheSolveOptions() throws Exception {
        Run run = caravan("solve", "--help");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("--seconds", "--out", "--from", "--replan");
        assertThat(workingDir.resolve("caravan-data")).doesNotExist();
    }
}
