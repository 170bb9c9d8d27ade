package org.caravan.api.cli;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Participant;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** sweep with seeds and the priority threshold, then compare on its plans. */
class CompareAndSpreadCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CaravanCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aSweepOverSeedsWritesItsSpreadAndCompareNamesWhoTheBiggerBudgetBrings() throws IOException {
        Path datasetFile = dir.resolve("dataset.json");
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(50, 7).withBudgetCoverage(0.7));
        CaravanJson.write(datasetFile, dataset);
        BigDecimal budget = dataset.budget().total();
        BigDecimal low = budget.multiply(new BigDecimal("0.5")).setScale(0, java.math.RoundingMode.HALF_UP);
        Path sweep = dir.resolve("sweep");

        int exit = run("sweep", datasetFile.toString(), "--budgets", low.toPlainString() + "," + budget.toPlainString(),
                "--seconds", "1", "--seeds", "2", "--everyone-from-priority", "5", "--precision",
                budget.divide(BigDecimal.valueOf(4), 0, java.math.RoundingMode.UP).toPlainString(), "--out", sweep.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> spread = Files.readAllLines(sweep.resolve("spread.csv"), StandardCharsets.UTF_8);
        assertThat(spread.get(0)).contains("budget,seeds,medium mean,medium low,medium high,soft mean");
        assertThat(spread).hasSize(3);
        assertThat(spread.get(1)).contains(",2,");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("over 2 seeds", "Everyone with priority 5 or more");

        Path lowPlan = sweep.resolve("plan-" + low.toPlainString() + ".json");
        Path highPlan = sweep.resolve("plan-" + budget.stripTrailingZeros().toPlainString() + ".json");
        Set<String> lowBrought = brought(CaravanJson.readPlan(lowPlan));
        List<Participant> onlyHigh = dataset.participants().stream()
                .filter(p -> brought(readPlan(highPlan)).contains(p.id()) && !lowBrought.contains(p.id())).toList();
        assertThat(onlyHigh).as("half the budget brings fewer people").isNotEmpty();

        Path csv = dir.resolve("compare.csv");
        assertThat(run("compare", lowPlan.toString(), highPlan.toString(), "--dataset", datasetFile.toString(),
                "--overrides", "-", "--overrides", "-", "--csv", csv.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("brought in plan-" + budget.stripTrailingZeros().toPlainString() + ", not in plan-"
                + low.toPlainString(), "cost by fund",
                "cost per person by country", "hard rule", "soft rule", "comfort");
        for (Participant person : onlyHigh) {
            assertThat(printed).contains(person.id()).contains(person.name());
        }
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("section,key,plan-").contains(onlyHigh.get(0).id());
    }

    @Test
    void compareNeedsADatasetPerPlanOrOneForAll() throws IOException {
        Path a = dir.resolve("a.json");
        Files.writeString(a, "{}");
        assertThat(run("compare", a.toString(), a.toString(), "--dataset", "x.json", "--dataset", "y.json",
                "--dataset", "z.json")).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--dataset");
        assertThat(run("compare", a.toString(), "--dataset", "x.json")).isEqualTo(CaravanCli.BAD_INPUT);
    }

    private static Plan readPlan(Path file) {
        try {
            return CaravanJson.readPlan(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> brought(Plan plan) {
        return plan.assignments().stream().filter(Assignment::brought).map(Assignment::participant).collect(Collectors.toSet());
    }
}
