package org.caravan.benchmarks;

import org.caravan.benchmarks.suite.DatasetSpec;
import org.caravan.benchmarks.suite.Report;
import org.caravan.benchmarks.suite.RunResult;
import org.caravan.data.json.CaravanJson;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmark suite and writes a Markdown and CSV report under {@code benchmarks/results/<timestamp>/}.
 * <pre>
 *   --quick            flagship, 50, 300 with budget and beds for 70%, and 2,000 participants, 10 s each (6 to 8 minutes)
 *   --full             adds 300 and 10,000 participants, and 10, 30 and 60 s (under an hour)
 *   --datasets a,b     only these datasets (by name)
 *   --files a.json,b   these dataset files instead (named after the file)
 *   --contenders a,b   these contenders: caravan, caravan:<alternative>, cp-sat, cp-sat-hinted, greedy, bound
 *   --times 10,30      these wall times, in seconds
 *   --out dir          where to write the report
 *   --report-only      rewrite the report of --out from the cells under its runs/ (after re-running some cells)
 * </pre>
 * Every contender runs in a JVM of its own ({@code -XX:ActiveProcessorCount=2}), one at a time, so that each gets the
 * same two cores and its peak memory is its own; every plan is judged by the checker.
 */
public final class BenchmarkSuite {

    /** Caravan's default, two alternative configurations (see TimefoldBenchmark for all of them), the peers, the bound. */
    private static final List<String> FULL_CONTENDERS = List.of("caravan", "caravan:late-acceptance-50",
            "caravan:tabu", "cp-sat", "cp-sat-hinted", "greedy", "bound");
    private static final List<String> QUICK_CONTENDERS = List.of("caravan", "cp-sat", "cp-sat-hinted", "greedy", "bound");

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean full = arguments.contains("--full");
        Path root = repositoryRoot();
        List<DatasetSpec> datasets = datasets(root, full);
        List<Integer> times = full ? List.of(10, 30, 60) : List.of(10);
        Set<String> contenders = new LinkedHashSet<>(full ? FULL_CONTENDERS : QUICK_CONTENDERS);
        Path out = root.resolve("benchmarks/results")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm")) + (full ? "-full" : "-quick"));
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--datasets" -> {
                    Set<String> names = Set.of(args[i + 1].split(","));
                    datasets = datasets.stream().filter(d -> names.contains(d.name())).toList();
                }
                case "--files" -> datasets = Arrays.stream(args[i + 1].split(",")).map(Path::of)
                        .map(file -> DatasetSpec.file(file.getFileName().toString().replaceFirst("\\.json$", ""), file))
                        .toList();
                case "--contenders" -> contenders = new LinkedHashSet<>(Arrays.asList(args[i + 1].split(",")));
                case "--times" -> times = Arrays.stream(args[i + 1].split(",")).map(Integer::parseInt).toList();
                case "--out" -> out = Path.of(args[i + 1]);
                default -> { }
            }
        }
        if (arguments.contains("--report-only")) {
            // Rewrites the report from every cell already under runs/ (e.g. after re-running some cells).
            Report.write(out, readRuns(out, datasets), full ? "full" : "quick", times);
            System.out.println("Report: " + out.resolve("report.md"));
            return;
        }
        Files.createDirectories(out.resolve("runs"));
        int longest = times.stream().mapToInt(Integer::intValue).max().orElse(10);
        List<RunResult> results = new ArrayList<>();
        for (DatasetSpec dataset : datasets) {
            for (String contender : contenders) {
                boolean longestOnly = contender.startsWith("caravan:") || contender.equals("cp-sat-hinted");
                List<Integer> cellTimes = switch (contender) {
                    case "greedy" -> List.of(0);      // one pass, no time limit to use
                    // The relaxation gets the longest time any contender gets, and at least 30 s.
                    case "bound" -> List.of(Math.max(longest, 30));
                    // Alternatives and the hinted peer at the longest time only, to keep the full mode under an hour.
                    default -> longestOnly ? List.of(longest) : times;
                };
                for (int seconds : cellTimes) {
                    RunResult result = run(dataset, contender, seconds, out);
                    results.add(result);
                    System.out.printf("%-18s %-8s %3ds  %s%n", dataset.name(), contender, seconds, Report.oneLine(result));
                }
            }
        }
        Report.write(out, results, full ? "full" : "quick", times);
        System.out.println("Report: " + out.resolve("report.md"));
    }

    /** Every cell's result under {@code out/runs}, in the suite's order of datasets, contenders and times. */
    private static List<RunResult> readRuns(Path out, List<DatasetSpec> datasets) throws IOException {
        List<String> datasetOrder = datasets.stream().map(DatasetSpec::name).toList();
        List<RunResult> results = new ArrayList<>();
        try (var files = Files.list(out.resolve("runs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("s.json")).toList()) {
                results.add(CaravanJson.mapper().readValue(file.toFile(), RunResult.class));
            }
        }
        results.sort(java.util.Comparator
                .comparingInt((RunResult r) -> datasetOrder.contains(r.dataset()) ? datasetOrder.indexOf(r.dataset())
                        : Integer.MAX_VALUE)
                .thenComparing(RunResult::dataset)
                .thenComparingInt(r -> contenderRank(r.contender()))
                .thenComparingInt(RunResult::seconds));
        return results;
    }

    private static int contenderRank(String contender) {
        int rank = FULL_CONTENDERS.indexOf(contender);
        return rank >= 0 ? rank : contender.startsWith("caravan:") ? 1 : FULL_CONTENDERS.size();
    }

    /** The suite's datasets: fixed seeds, one of them with a budget and beds for about 70% of the participants. */
    static List<DatasetSpec> datasets(Path root, boolean full) {
        List<DatasetSpec> datasets = new ArrayList<>();
        datasets.add(DatasetSpec.file("flagship", root.resolve("data/samples/djerba-2026.json")));
        datasets.add(DatasetSpec.generated(50, 50L, null));
        if (full) {
            datasets.add(DatasetSpec.generated(300, 300L, null));
        }
        datasets.add(DatasetSpec.generated(300, 301L, 0.7));
        datasets.add(DatasetSpec.generated(2000, 2000L, null));
        if (full) {
            datasets.add(DatasetSpec.generated(10_000, 10_000L, null));
        }
        return datasets;
    }

    private static RunResult run(DatasetSpec dataset, String contender, int seconds, Path out) throws IOException,
            InterruptedException {
        // No colon in file names: Windows cannot check them out.
        String cell = dataset.name() + "_" + contender.replace(':', '+') + "_" + seconds + "s";
        Path resultFile = out.resolve("runs").resolve(cell + ".json");
        Path planFile = out.resolve("runs").resolve(cell + ".plan.json");
        Path log = out.resolve("runs").resolve(cell + ".log");
        boolean large = dataset.participants() != null && dataset.participants() > 2000;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                large ? "-Xmx4g" : "-Xmx2g",
                "-XX:ActiveProcessorCount=2",
                "-cp", System.getProperty("java.class.path"),
                "org.caravan.benchmarks.suite.ContenderRun",
                contender, dataset.toArg(), String.valueOf(seconds), resultFile.toString()));
        if (!contender.equals("bound")) {
            command.add(planFile.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Generous: loading, building models and judging come on top of the wall time.
        long patience = seconds + 180L + (large ? 300L : 0L);
        if (!process.waitFor(patience, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return failed(dataset, contender, seconds, "timed out after " + patience + " s");
        }
        if (process.exitValue() != 0 || !Files.exists(resultFile)) {
            List<String> lines = Files.readAllLines(log);
            String last = lines.stream().filter(l -> l.contains("Exception") || l.contains("Error")).findFirst()
                    .orElse(lines.isEmpty() ? "no output" : lines.get(lines.size() - 1));
            return failed(dataset, contender, seconds, "exit " + process.exitValue() + ": " + last);
        }
        return CaravanJson.mapper().readValue(resultFile.toFile(), RunResult.class);
    }

    private static RunResult failed(DatasetSpec dataset, String contender, int seconds, String why) {
        return new RunResult(dataset.name(), dataset.participants() == null ? 0 : dataset.participants(), contender,
                seconds, null, null, null, null, null, null, null, null, null, null, 0, null, null, null, why, null,
                null, null);
    }

    /** The directory holding {@code mvnw}, from the working directory up. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (new File(p.toFile(), "mvnw").exists() && new File(p.toFile(), "benchmarks").isDirectory()) {
                return p;
            }
        }
        return dir;
    }
}
