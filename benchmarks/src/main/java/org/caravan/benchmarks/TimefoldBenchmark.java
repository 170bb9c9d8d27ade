package org.caravan.benchmarks;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.caravan.benchmarks.suite.DatasetSpec;
import org.caravan.solver.PlanningEngine;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Timefold's Benchmarker on Caravan's solver configurations: the shipped default and the alternatives under
 * {@code org/caravan/benchmarks/solver/}, each from the engine's own first plan
 * ({@link PlanningEngine#firstPlanForBenchmark}), so that it
 * compares what the engine would do with each configuration. Its HTML report (best score over time, score
 * calculation speed, memory) lands in {@code benchmarks/results/<timestamp>-timefold/}.
 * <pre>
 *   --datasets flagship,gen-2000   which datasets of the suite (default: flagship and gen-2000)
 *   --seconds 30                   time per configuration and dataset
 *   --configs default,tabu,...     which configurations
 * </pre>
 */
public final class TimefoldBenchmark {

    static final List<String> CONFIGS = List.of("default", "late-acceptance-50", "late-acceptance-400", "tabu", "great-deluge",
            "simulated-annealing", "no-trip-room-move");

    private TimefoldBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = BenchmarkSuite.repositoryRoot();
        List<String> datasetNames = List.of("flagship", "gen-2000");
        List<String> configs = CONFIGS;
        long seconds = 30;
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--datasets" -> datasetNames = Arrays.asList(args[i + 1].split(","));
                case "--configs" -> configs = Arrays.asList(args[i + 1].split(","));
                case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
                default -> { }
            }
        }
        List<String> names = datasetNames;
        List<DatasetSpec> datasets = BenchmarkSuite.datasets(root, true).stream()
                .filter(d -> names.contains(d.name())).toList();
        Path out = root.resolve("benchmarks/results")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm")) + "-timefold");
        Files.createDirectories(out);

        List<Object> problems = new ArrayList<>();
        StringBuilder legend = new StringBuilder("# Timefold benchmark of Caravan's solver configurations, " + seconds
                + " s each\n\nProblems (the engine's first plan on each dataset):\n\n");
        for (DatasetSpec spec : datasets) {
            legend.append("- Problem_").append(problems.size()).append(": ").append(spec.name()).append('\n');
            problems.add(PlanningEngine.firstPlanForBenchmark(spec.load()));
        }
        List<SolverBenchmarkConfig> solvers = new ArrayList<>();
        for (String config : configs) {
            String resource = config.equals("default") ? PlanningEngine.DEFAULT_CONFIG
                    : config.contains("/") ? config : "org/caravan/benchmarks/solver/" + config + ".xml";
            solvers.add(new SolverBenchmarkConfig().withName(config).withSolverConfig(
                    SolverConfig.createFromXmlResource(resource).withTerminationSpentLimit(Duration.ofSeconds(seconds))));
        }
        PlannerBenchmarkConfig benchmark = new PlannerBenchmarkConfig()
                .withName("Caravan solver configurations")
                .withBenchmarkDirectory(out.toFile())
                // One at a time: each configuration gets the two cores the engine gets.
                .withParallelBenchmarkCount("1")
                .withInheritedSolverBenchmarkConfig(new SolverBenchmarkConfig().withProblemBenchmarksConfig(
                        new ProblemBenchmarksConfig().withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE,
                                ProblemStatisticType.SCORE_CALCULATION_SPEED, ProblemStatisticType.MEMORY_USE)))
                .withSolverBenchmarkConfigList(solvers);
        File report = PlannerBenchmarkFactory.create(benchmark).buildPlannerBenchmark(problems).benchmark();
        Path resultXml;
        try (var files = Files.walk(out)) {
            resultXml = files.filter(f -> f.getFileName().toString().equals("plannerBenchmarkResult.xml")).findFirst()
                    .orElseThrow();
        }
        legend.append('\n').append(summary(resultXml, datasets.stream().map(DatasetSpec::name).toList()));
        Files.writeString(out.resolve("SUMMARY.md"), legend.toString());
        System.out.println(legend);
        System.out.println("Timefold benchmark report: " + report);
    }

    /**
     * The Benchmarker's result as a Markdown table: for each configuration and problem, the best score (Timefold's
     * own: hard/medium/soft, soft in cents) and the score calculation speed.
     */
    static String summary(Path resultXml, List<String> problemNames) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(resultXml.toFile());
        StringBuilder md = new StringBuilder("| configuration | problem | best score | score calculations/s |\n|---|---|---|---:|\n");
        NodeList solvers = document.getElementsByTagName("solverBenchmarkResult");
        for (int i = 0; i < solvers.getLength(); i++) {
            Element solver = (Element) solvers.item(i);
            String name = text(solver, "name");
            NodeList singles = solver.getElementsByTagName("singleBenchmarkResult");
            for (int j = 0; j < singles.getLength(); j++) {
                Element single = (Element) singles.item(j);
                long count = Long.parseLong(text(single, "scoreCalculationCount"));
                long millis = Math.max(1, Long.parseLong(text(single, "timeMillisSpent")));
                md.append("| ").append(name).append(" | ")
                        .append(j < problemNames.size() ? problemNames.get(j) : "Problem_" + j).append(" | ")
                        .append(text(single, "score")).append(" | ")
                        .append(String.format(java.util.Locale.ROOT, "%,d", count * 1000 / millis)).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String text(Element element, String tag) {
        NodeList nodes = element.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "0" : nodes.item(0).getTextContent().trim();
    }
}
