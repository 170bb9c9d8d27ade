package org.caravan.api.cli;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.sheets.ImportedDataset;
import org.caravan.data.sheets.InvalidSheetsException;
import org.caravan.data.sheets.SheetFile;
import org.caravan.data.sheets.SheetImporter;
import org.caravan.data.validation.DatasetLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code import FILE... [--into DATASET] --out DATASET.json}: makes a dataset from spreadsheets, or merges them into
 * one, and writes the result to a new file; the dataset imported into is never overwritten. Prints what was added,
 * updated and left unchanged; with problems, prints every one at its sheet, row and column, writes nothing and
 * exits with 2.
 */
final class ImportCommand {

    static final String USAGE = "import FILE... [--into DATASET] --out DATASET.json";

    private ImportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("--into", "--out"));
        if (arguments.files().isEmpty()) {
            throw new CaravanCli.UsageException("import needs at least one spreadsheet: " + USAGE);
        }
        Path target = Path.of(arguments.required("--out", "import needs --out FILE for the dataset it makes: " + USAGE));
        Dataset into = null;
        if (arguments.option("--into") != null) {
            Path base = Path.of(arguments.option("--into"));
            if (Files.exists(target) && Files.isSameFile(base, target)) {
                throw new CaravanCli.UsageException("--out must name another file than --into, so the dataset imported into stays as it was.");
            }
            into = DatasetLoader.load(base);
        }
        List<SheetFile> files = new ArrayList<>();
        for (String name : arguments.files()) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                throw new CaravanCli.UsageException("The spreadsheet (" + file + ") is not a file.");
            }
            files.add(new SheetFile(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        try {
            ImportedDataset imported = SheetImporter.importSheets(files, into);
            CaravanJson.write(target, imported.dataset());
            out.print(imported.report().summary());
            out.printf("Wrote %s: %d participants, %d hotels, %d itineraries%n", target, imported.dataset().participants().size(),
                    imported.dataset().hotels().size(), imported.dataset().flights().itineraries().size());
            return CaravanCli.OK;
        } catch (InvalidSheetsException invalid) {
            err.print(invalid.report().summary());
            return CaravanCli.BAD_INPUT;
        }
    }
}
