package org.caravan.api.cli;

import org.caravan.data.compare.ComparedPlan;
import org.caravan.data.compare.PlanComparison;
import org.caravan.data.export.Csv;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.scenario.ScenarioOverrides;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.ValidDataset;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

@Command(name = "compare",
        description = {"Compares two or more plans side by side: people brought (by priority, role, country, gender, "
                + "delegation), costs (by fund, hotel, country, kind), comfort, statistics per person, the rules plan "
                + "by plan, and who is brought in the first plan and not in another, by name.",
                "Each plan is judged against its dataset: one --dataset for all, or one per plan in order; "
                        + "--overrides names a scenario's overrides file (JSON) per plan, - for none."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "PLAN", description = "The plans to compare (caravan-plan/1 files).")
    private List<Path> planFiles;

    @Option(names = "--dataset", required = true, paramLabel = "D",
            description = "The dataset of the plans, or one per plan in the order of the plans.")
    private List<Path> datasetFiles;

    @Option(names = "--overrides", paramLabel = "F",
            description = "A scenario's overrides (JSON) per plan, in order; - for a plan solved without.")
    private @Nullable List<String> overrideFiles;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the comparison as CSV.")
    private @Nullable Path csvFile;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the comparison as JSON.")
    private @Nullable Path jsonFile;

    @Override
    public Integer call() throws IOException {
        if (datasetFiles.size() != 1 && datasetFiles.size() != planFiles.size()) {
            throw new ParameterException(spec.commandLine(), "Give one --dataset for every plan, or one per plan ("
                    + planFiles.size() + "); got " + datasetFiles.size() + ".");
        }
        if (overrideFiles != null && overrideFiles.size() != planFiles.size()) {
            throw new ParameterException(spec.commandLine(), "Give one --overrides per plan (" + planFiles.size()
                    + "), - for none; got " + overrideFiles.size() + ".");
        }
        List<ComparedPlan> plans = new ArrayList<>();
        ValidDataset shared = null;
        for (int i = 0; i < planFiles.size(); i++) {
            Path planFile = planFiles.get(i);
            InputFiles.requireFile(spec, "plan", planFile);
            ValidDataset dataset;
            if (datasetFiles.size() == 1) {
                InputFiles.requireFile(spec, "dataset", datasetFiles.get(0));
                shared = shared == null ? DatasetLoader.load(datasetFiles.get(0)) : shared;
                dataset = shared;
            } else {
                InputFiles.requireFile(spec, "dataset", datasetFiles.get(i));
                dataset = DatasetLoader.load(datasetFiles.get(i));
            }
            String overrides = overrideFiles == null ? "-" : overrideFiles.get(i);
            if (!Objects.equals(overrides, "-")) {
                Path file = Path.of(overrides);
                InputFiles.requireFile(spec, "overrides", file);
                dataset = CaravanJson.mapper().readValue(file.toFile(), ScenarioOverrides.class).applyTo(dataset);
            }
            plans.add(new ComparedPlan(label(planFile), dataset, CaravanJson.readPlan(planFile)));
        }
        PlanComparison comparison = PlanComparison.of(plans);
        print(comparison, spec.commandLine().getOut());
        if (csvFile != null) {
            Csv.write(csvFile, comparison.csv());
        }
        if (jsonFile != null) {
            CaravanJson.write(jsonFile, comparison);
        }
        return CaravanCli.OK;
    }

    private static String label(Path planFile) {
        String name = planFile.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** The table, a section heading at each change and a column per plan. */
    static void print(PlanComparison comparison, PrintWriter out) {
        List<PlanComparison.ComparisonRow> rows = comparison.table();
        int keyWidth = Math.max(24, rows.stream().mapToInt(row -> row.key().length()).max().orElse(0) + 2);
        int columns = comparison.plans().size();
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = Math.max(12, comparison.plans().get(i).label().length() + 2);
        }
        for (PlanComparison.ComparisonRow row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], text(row.values().get(i)).length() + 2);
            }
        }
        StringBuilder header = new StringBuilder(pad("", keyWidth));
        for (int i = 0; i < columns; i++) {
            header.append(pad(comparison.plans().get(i).label(), widths[i]));
        }
        out.println(header.toString().stripTrailing());
        String section = null;
        for (PlanComparison.ComparisonRow row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                out.println(section);
            }
            StringBuilder line = new StringBuilder(pad("  " + row.key(), keyWidth));
            for (int i = 0; i < columns; i++) {
                line.append(pad(text(row.values().get(i)), widths[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "-";
        }
        return value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
