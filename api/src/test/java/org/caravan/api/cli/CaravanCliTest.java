package org.caravan.api.cli;

import org.caravan.data.check.PlanChecker;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaravanCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CaravanCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpExplainsEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--seconds", "--out", "--progress-seconds", "--from",
                "--replan", "rooming-<hotel id>.csv", "flights.csv", "arrivals.csv", "check", "generate", "--coverage");
    }

    @Test
    void aMistypedCommandExitsWithTheUsageInsteadOfStartingTheService() {
        assertThat(CaravanCli.startsService(new String[] {"solv", "data.json"})).isFalse();
        assertThat(run("solv", "data.json")).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("solv", "Usage:", "solve", "check", "generate");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void onlyNoArgumentsOrSpringSettingsStartTheService() {
        assertThat(CaravanCli.startsService(new String[0])).isTrue();
        assertThat(CaravanCli.startsService(new String[] {"--server.port=9090", "--spring.profiles.active=postgres"})).isTrue();
        assertThat(CaravanCli.startsService(new String[] {"--help"})).isFalse();
        assertThat(CaravanCli.startsService(new String[] {"--hepl"})).isFalse();
        assertThat(CaravanCli.startsService(new String[] {"--server.port=9090", "solve"})).isFalse();
        assertThat(run("--hepl")).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--hepl");
    }

    @Test
    void solveHelpPrintsTheSolveOptions() {
        assertThat(run("solve", "--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("Usage: java -jar caravan.jar solve", "DATASET", "--seconds", "--out",
                "--progress-seconds", "--from", "--replan", "rooming-<hotel id>.csv").doesNotContain("--coverage");
        out.reset();
        assertThat(run("help", "solve")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(help);
    }

    @Test
    void solveWritesThePlanAndWhatHotelsAirlinesAndShuttlesNeed() throws IOException {
        Path datasetFile = dir.resolve("dataset.json");
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(60, 5));
        CaravanJson.write(datasetFile, dataset);
        Path outDir = dir.resolve("out");

        int exit = run("solve", datasetFile.toString(), "--seconds", "1", "--out", outDir.toString(), "--progress-seconds", "1");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Plan plan = CaravanJson.readPlan(outDir.resolve("plan.json"));
        assertThat(PlanChecker.check(DatasetValidator.valid(dataset), plan).inconsistencies()).isEmpty();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).as("the summary as a planner reads it").contains("The plan is feasible", "people brought",
                "priority left out", "Total cost", "Paid by", "Score calculations per second", " of 1s]")
                .doesNotContain("hard/", "medium/", "={", "BUDGET=", "FUND_EXHAUSTED");
        List<Path> rooming;
        try (var files = Files.list(outDir)) {
            rooming = files.filter(file -> file.getFileName().toString().startsWith("rooming-")).toList();
        }
        assertThat(rooming).isNotEmpty();
        assertThat(rooming).as("booking lines and guests").anyMatch(file -> read(file).lines().count() > 1);
        String someone = plan.assignments().stream().filter(a -> a.brought() && a.room() != null).findFirst().orElseThrow().participant();
        String name = dataset.participants().stream().filter(p -> p.id().equals(someone)).findFirst().orElseThrow().name();
        assertThat(String.join("", rooming.stream().map(CaravanCliTest::read).toList())).contains(name);
        assertThat(Files.readString(outDir.resolve("flights.csv")).lines().count()).isGreaterThan(1);
        assertThat(Files.readString(outDir.resolve("arrivals.csv")).lines().count()).isGreaterThan(1);
        assertThat(outDir.resolve("departures.csv")).exists();
        assertThat(run("check", datasetFile.toString(), outDir.resolve("plan.json").toString())).isZero();
    }

    @Test
    void hotelsWhoseIdsMakeTheSameFileNameGetFilesOfTheirOwn() throws IOException {
        Dataset generated = DatasetGenerator.generate(GeneratorOptions.of(60, 5));
        ObjectNode tree = (ObjectNode) CaravanJson.mapper().valueToTree(generated);
        String first = tree.path("hotels").get(0).path("id").asText();
        String second = tree.path("hotels").get(1).path("id").asText();
        renameEverywhere(tree, Map.of(first, "x/y", second, "x_y"));
        Path datasetFile = dir.resolve("dataset.json");
        Files.writeString(datasetFile, tree.toString());
        Path outDir = dir.resolve("out");

        int exit = run("solve", datasetFile.toString(), "--seconds", "1", "--out", outDir.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Plan plan = CaravanJson.readPlan(outDir.resolve("plan.json"));
        Dataset dataset = CaravanJson.readDataset(datasetFile);
        List<String> used = dataset.hotels().stream().map(hotel -> hotel.id())
                .filter(id -> id.startsWith("x")).toList();
        try (var files = Files.list(outDir)) {
            List<String> rooming = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("rooming-x_y")).sorted().toList();
            assertThat(rooming).as("one file per hotel, none overwritten").containsExactly("rooming-x_y-2.csv", "rooming-x_y.csv");
        }
        assertThat(used).hasSize(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("rooming-x_y-2.csv", "same file name");
        assertThat(plan.assignments()).isNotEmpty();
    }

    @Test
    void aHotelNobodyIsPlacedInGetsItsHeaderOnlyFileAsTheServiceServesItAndTheSummarySaysSo() throws IOException {
        ValidDataset valid = DatasetValidator.valid(DatasetGenerator.generate(GeneratorOptions.of(60, 11)));
        Plan nobody = new Plan(Plan.FORMAT, valid.dataset().event().name(), 1, null, true,
                valid.dataset().participants().stream()
                        .map(person -> new Assignment(person.id(), false, null, null, null, false, false, null)).toList(),
                null, null);
        Path outDir = dir.resolve("out");

        List<String> notes = PlanOutputs.write(valid, nobody, outDir);

        for (var hotel : valid.dataset().hotels()) {
            String file = "rooming-" + PlanOutputs.fileSafe(hotel.id()) + ".csv";
            assertThat(read(outDir.resolve(file)).lines().toList()).as("the header only").hasSize(1);
            assertThat(notes).contains("Nobody is placed in hotel '%s': %s has the header only.".formatted(hotel.id(), file));
        }
    }

    /** Replaces every text value equal to a key, wherever it is (an id and the references to it). */
    private static void renameEverywhere(JsonNode node, Map<String, String> names) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(field -> {
                JsonNode value = object.get(field);
                if (value.isTextual() && names.containsKey(value.asText())) {
                    object.put(field, names.get(value.asText()));
                } else {
                    renameEverywhere(value, names);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual() && names.containsKey(value.asText())) {
                    array.set(i, array.textNode(names.get(value.asText())));
                } else {
                    renameEverywhere(value, names);
                }
            }
        }
    }

    @Test
    void replanAppliesLateChangesKeepsTheBookingsAndListsWhoMoved() throws IOException {
        Path datasetFile = dir.resolve("dataset.json");
        CaravanJson.write(datasetFile, DatasetGenerator.generate(GeneratorOptions.of(60, 5)));
        Path first = dir.resolve("first");
        assertThat(run("solve", datasetFile.toString(), "--seconds", "1", "--out", first.toString())).isZero();
        Plan published = CaravanJson.readPlan(first.resolve("plan.json"));
        List<Assignment> flyers = published.assignments().stream()
                .filter(a -> a.brought() && a.itinerary() != null && a.room() != null).toList();
        Assignment booked = flyers.get(0);
        Assignment cancelled = flyers.get(1);
        Path changes = dir.resolve("changes.json");
        Files.writeString(changes, """
                {"format": "caravan-changes/1", "changes": [
                  {"type": "ISSUE_TICKET", "participant": "%s", "itinerary": "%s", "price": 500},
                  {"type": "CONFIRM_ROOM", "participant": "%s", "room": "%s", "pricePerNight": 80},
                  {"type": "CANCEL_PARTICIPANT", "participant": "%s", "sunkCost": 120}]}
                """.formatted(booked.participant(), booked.itinerary(), booked.participant(), booked.room(),
                cancelled.participant()));
        Path second = dir.resolve("second");

        int exit = run("replan", datasetFile.toString(), first.resolve("plan.json").toString(), changes.toString(),
                "--seconds", "1", "--out", second.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Dataset changed = CaravanJson.readDataset(second.resolve("dataset.json"));
        assertThat(changed.participants()).extracting(p -> p.id()).doesNotContain(cancelled.participant());
        Plan replanned = CaravanJson.readPlan(second.resolve("plan.json"));
        assertThat(replanned.version()).isEqualTo(published.version() + 1);
        assertThat(replanned.basedOn()).isEqualTo(published.version());
        assertThat(replanned.assignments()).filteredOn(a -> a.participant().equals(booked.participant())).singleElement()
                .satisfies(a -> {
                    assertThat(a.itinerary()).isEqualTo(booked.itinerary());
                    assertThat(a.room()).isEqualTo(booked.room());
                    assertThat(a.ticketIssued()).isTrue();
                    assertThat(a.roomConfirmed()).isTrue();
                });
        assertThat(Files.readString(second.resolve("changes.csv")))
                .startsWith("\uFEFFparticipant,name,what,cause,itinerary before,itinerary after")
                .contains(cancelled.participant() + ",").contains("cancelled,changes[2] CANCEL_PARTICIPANT");
        assertThat(Files.readString(second.resolve("hotel-changes.csv")))
                .startsWith("\uFEFFhotel,hotel name,participant,name,action").contains(cancelled.participant() + ",");
        assertThat(Files.readString(second.resolve("cost-changes.csv"))).contains("cost,total,", "score,hard,");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is cancelled", "people moved beyond those the changes add or cancel");
        assertThat(second.resolve("flights.csv")).exists();
    }

    @Test
    void replanRefusesAnInvalidChangeFileWithEveryProblemAndWritesNothing() throws IOException {
        Path datasetFile = dir.resolve("dataset.json");
        CaravanJson.write(datasetFile, DatasetGenerator.generate(GeneratorOptions.of(60, 5)));
        Path first = dir.resolve("first");
        assertThat(run("solve", datasetFile.toString(), "--seconds", "1", "--out", first.toString())).isZero();
        Path changes = dir.resolve("changes.json");
        Files.writeString(changes, """
                {"format": "caravan-changes/1", "changes": [
                  {"type": "CANCEL_PARTICIPANT", "participant": "nobody"},
                  {"type": "SET_BUDGET", "total": "lots"}]}
                """);

        int exit = run("replan", datasetFile.toString(), first.resolve("plan.json").toString(), changes.toString(),
                "--seconds", "1", "--out", dir.resolve("never").toString());

        assertThat(exit).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing was applied", "$.changes[0].participant",
                "There is no participant nobody", "$.changes[1].total");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void sweepWritesAMonotoneBudgetCurveAPlanPerLevelAndAChart() throws IOException {
        Path datasetFile = dir.resolve("dataset.json");
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(60, 5).withBudgetCoverage(0.7));
        CaravanJson.write(datasetFile, dataset);
        Path outDir = dir.resolve("sweep");

        int exit = run("sweep", datasetFile.toString(), "--from", "0.6", "--to", "1.4", "--steps", "3", "--seconds", "1",
                "--out", outDir.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(outDir.resolve("curve.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFbudget,brought,medium,soft,cost");
        assertThat(lines).hasSize(4);
        List<String[]> rows = lines.subList(1, 4).stream().map(line -> line.split(",")).toList();
        rows.forEach(row -> assertThat(new BigDecimal(row[3])).as("soft is a number, not guarded text").isNegative());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(new BigDecimal(rows.get(i)[0])).as("increasing budget").isGreaterThan(new BigDecimal(rows.get(i - 1)[0]));
            assertThat(Long.parseLong(rows.get(i)[6])).as("a bigger budget never brings fewer priority points")
                    .isGreaterThanOrEqualTo(Long.parseLong(rows.get(i - 1)[6]));
        }
        BigDecimal lowest = dataset.budget().total().multiply(new BigDecimal("0.6")).setScale(0, java.math.RoundingMode.HALF_UP);
        assertThat(outDir.resolve("plan-" + lowest.toPlainString() + ".json")).exists();
        assertThat(Files.readString(outDir.resolve("curve.svg"))).startsWith("<svg").contains("People brought", "<polyline");
        assertThat(run("sweep", datasetFile.toString(), "--seconds", "1")).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--budgets", "--from");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void invalidDatasetListsEveryProblemAndExitsNonZero() throws IOException {
        Path datasetFile = dir.resolve("broken.json");
        Files.writeString(datasetFile, """
                {"format": "caravan-dataset/1", "event": {"name": "x"}, "participants": [{"id": "p1", "priority": 9}]}
                """);
        int exit = run("solve", datasetFile.toString(), "--seconds", "1", "--out", dir.resolve("never").toString());
        assertThat(exit).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("$.participants[0].priority", "$.event.timeZone", "$.budget");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void aCommandInFrenchExplainsARefusedDatasetInFrench() throws IOException {
        Path datasetFile = dir.resolve("broken.json");
        Files.writeString(datasetFile, """
                {"format": "caravan-dataset/1", "event": {"name": "x"}, "participants": [{"id": "p1", "priority": 9}]}
                """);

        int exit = run("export", datasetFile.toString(), "--lang", "fr", "--out", dir.resolve("never.xlsx").toString());

        assertThat(exit).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Le jeu de données a ")
                .contains("$.participants[0].priority: Le participant p1 a la priorité 9 ; elle doit aller de 1 (souhaitable) à 5.",
                        "$.budget: Le jeu de données n’a pas de budget ; indiquez au moins budget.total.");
        err.reset();
        assertThat(run("export", datasetFile.toString(), "--out", dir.resolve("never.xlsx").toString())).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("The dataset has ")
                .contains("$.participants[0].priority: Participant p1 has priority (9); it must be from 1 (nice to have) to 5.");
    }

    @Test
    void badOptionsAreNamed() throws IOException {
        Path datasetFile = dir.resolve("dataset.json");
        Files.writeString(datasetFile, "{}");
        assertThat(run("solve", datasetFile.toString(), "--seconds", "soon")).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seconds", "soon");
        assertThat(run("solve", datasetFile.toString(), "--fast")).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--fast");
        assertThat(run("solve", dir.resolve("missing.json").toString())).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.json");
    }

    @Test
    void generateWritesTheSameFileForTheSameSeed() throws IOException {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        assertThat(run("generate", "--participants", "50", "--seed", "3", "--out", first.toString())).isZero();
        assertThat(run("generate", "--participants", "50", "--seed", "3", "--out", second.toString())).isZero();
        assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
        assertThat(run("generate", "--participants", "10", "--out", first.toString())).isEqualTo(CaravanCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("participants", "50");
    }
}
