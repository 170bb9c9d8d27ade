package org.caravan.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a report was measured on, in one line. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal").orElse("?");
        return "%s; %d cores visible; memory %s; %s %s; Java %s (%s)".formatted(cpu,
                Runtime.getRuntime().availableProcessors(), memory, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
