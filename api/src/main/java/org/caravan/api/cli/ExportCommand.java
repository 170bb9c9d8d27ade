package org.caravan.api.cli;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.sheets.SheetSet;
import org.caravan.data.sheets.SheetWriter;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.DatasetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

@Command(name = "export",
        description = {"Writes a dataset as the workbook the import reads, to edit and import back:",
                "the sheets of its participants, hotels, flights, or all of it, and a sheet that explains every column."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset (caravan-dataset/1 JSON).")
    private Path datasetFile;

    @Option(names = "--sheets", paramLabel = "SHEETS", defaultValue = "dataset",
            description = "participants, hotels, flights or dataset (default).")
    private String sheets;

    @Option(names = "--lang", paramLabel = "fr|en", description = "The headers' language (default en).")
    private String language;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        InputFiles.requireFile(spec, "dataset", datasetFile);
        SheetSet set = SheetChoices.set(spec, sheets);
        WrittenLanguage written = Objects.requireNonNullElse(SheetChoices.language(spec, language), WrittenLanguage.EN);
        Dataset dataset = DatasetLoader.load(datasetFile).dataset();
        SheetChoices.write(out, SheetWriter.workbook(dataset, set.kinds(), written));
        spec.commandLine().getOut().printf("Wrote %s of %s to %s%n", set.slug(), dataset.event().name(), out);
        return CaravanCli.OK;
    }
}
