package org.caravan.api.cli;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.sheets.ImportedDataset;
import org.caravan.data.sheets.InvalidSheetsException;
import org.caravan.data.sheets.SheetFile;
import org.caravan.data.sheets.SheetImporter;
import org.caravan.data.validation.DatasetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import",
        description = {"Makes or updates a dataset from spreadsheets and writes it to a new file.",
                "CSV and Excel files headed in English or French (docs/SPREADSHEETS.md); with --into, rows merge into "
                        + "that dataset by id and it stays as it was. Prints what was added, updated and unchanged; a "
                        + "problem is printed with its sheet, row and column, nothing is written, and it exits with 2."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The spreadsheets (.csv, .xlsx, .xls).")
    private List<Path> files;

    @Option(names = "--into", paramLabel = "DATASET", description = "The dataset (caravan-dataset/1 JSON) to merge into.")
    private Path into;

    @Option(names = "--out", required = true, paramLabel = "DATASET.json", description = "The file to write the dataset to.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Dataset base = null;
        if (into != null) {
            InputFiles.requireFile(spec, "dataset", into);
            if (Files.exists(out) && Files.isSameFile(into, out)) {
                throw new ParameterException(spec.commandLine(),
                        "--out must name another file than --into, so the dataset imported into stays as it was.");
            }
            base = DatasetLoader.load(into).dataset();
        }
        List<SheetFile> sheets = new ArrayList<>();
        for (Path file : files) {
            InputFiles.requireFile(spec, "spreadsheet", file);
            sheets.add(new SheetFile(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        try {
            ImportedDataset imported = SheetImporter.importSheets(sheets, base);
            CaravanJson.write(out, imported.dataset());
            spec.commandLine().getOut().print(imported.report().summary());
            spec.commandLine().getOut().printf("Wrote %s: %d participants, %d hotels, %d itineraries%n", out,
                    imported.dataset().participants().size(), imported.dataset().hotels().size(),
                    imported.dataset().flights().itineraries().size());
            return CaravanCli.OK;
        } catch (InvalidSheetsException invalid) {
            spec.commandLine().getErr().print(invalid.report().summary());
            return CaravanCli.BAD_INPUT;
        }
    }
}
