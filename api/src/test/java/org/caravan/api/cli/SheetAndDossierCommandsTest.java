package org.caravan.api.cli;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.generate.FlagshipSample;
import org.caravan.data.json.CaravanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SheetAndDossierCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CaravanCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importMergesASpreadsheetIntoADatasetAndWritesANewFile() throws IOException {
        Path base = dir.resolve("djerba.json");
        CaravanJson.write(base, FlagshipSample.dataset());
        Path sheet = dir.resolve("inscrits.csv");
        Files.writeString(sheet, "identifiant;priorité\np001;5\n", StandardCharsets.UTF_8);
        Path merged = dir.resolve("djerba-2.json");

        int exit = run("import", sheet.toString(), "--into", base.toString(), "--out", merged.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("participants: 0 added, 1 updated, 0 unchanged, 299 kept without a row");
        Dataset dataset = CaravanJson.readDataset(merged);
        assertThat(dataset.participants().get(0).priority()).isEqualTo(5);
        assertThat(CaravanJson.readDataset(base).participants().get(0).priority()).isNotEqualTo(5);
    }

    @Test
    void importPrintsEveryProblemAndWritesNothing() throws IOException {
        Path base = dir.resolve("djerba.json");
        CaravanJson.write(base, FlagshipSample.dataset());
        Path sheet = dir.resolve("list.csv");
        Files.writeString(sheet, "id,nationality\np001,Burkina\n", StandardCharsets.UTF_8);
        Path merged = dir.resolve("out.json");

        assertThat(run("import", sheet.toString(), "--into", base.toString(), "--out", merged.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 problem; nothing was imported:",
                "list.csv, row 2, column 'nationality': 'Burkina' is not a country; did you mean Burkina Faso (BF)?");
        assertThat(merged).doesNotExist();
        assertThat(run("import", sheet.toString(), "--into", base.toString(), "--out", base.toString())).isEqualTo(2);
    }

    @Test
    void aTemplateAndAnExportAreWorkbooks() throws IOException {
        Path template = dir.resolve("template.xlsx");
        assertThat(run("template", "flights", "--lang", "fr", "--out", template.toString())).isZero();
        assertThat(Files.size(template)).isPositive();
        Path base = dir.resolve("djerba.json");
        CaravanJson.write(base, FlagshipSample.dataset());
        Path export = dir.resolve("export.xlsx");
        assertThat(run("export", base.toString(), "--sheets", "participants", "--out", export.toString())).isZero();
        Path again = dir.resolve("again.json");
        assertThat(run("import", export.toString(), "--into", base.toString(), "--out", again.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("participants: 0 added, 0 updated, 300 unchanged");
        assertThat(run("template", "guests", "--out", template.toString())).isEqualTo(2);
    }

    @Test
    void dossiersWritesAPdfPerParticipantTheLettersAndTheVipSheet() throws IOException {
        Dataset dataset = CaravanJson.readDataset(Path.of("src", "test", "resources", "datasets", "tiny.json"));
        Path datasetFile = dir.resolve("tiny.json");
        CaravanJson.write(datasetFile, dataset);
        Path planFile = Path.of("src", "test", "resources", "datasets", "tiny-plan.json");
        Path folder = dir.resolve("documents");

        int exit = run("dossiers", datasetFile.toString(), planFile.toString(), "--out", folder.toString(), "--lang", "fr",
                "--delegations");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map(path -> path.getFileName().toString()).sorted().toList();
        }
        assertThat(files).containsExactly("delegation-fr.pdf", "delegation-tn.pdf", "p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf", "vip.pdf");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote 4 dossiers, 0 visa letters, 2 delegation dossiers and vip.pdf");
        assertThat(run("dossiers", datasetFile.toString(), planFile.toString(), "--out", folder.toString(), "--lang", "de")).isEqualTo(2);
    }

    @Test
    void helpNamesTheNewCommandsAndWhatTheyWrite() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import", "export", "template", "dossiers",
                "--into=DATASET", "--out=DATASET.json", "letter-<id>.pdf", "vip.pdf", "delegation-<id>.pdf");
    }
}
