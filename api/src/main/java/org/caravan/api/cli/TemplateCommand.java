package org.caravan.api.cli;

import org.caravan.data.sheets.SheetSet;
import org.caravan.data.sheets.SheetWriter;
import org.caravan.data.text.WrittenLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

@Command(name = "template",
        description = {"Writes a workbook to fill in: the sheets of participants, hotels, flights or the whole dataset,",
                "each with its headers and an example row, and a last sheet that explains every column."})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHEETS", defaultValue = "participants",
            description = "participants (default), hotels, flights or dataset.")
    private String sheets;

    @Option(names = "--lang", paramLabel = "fr|en", description = "The headers' language (default en).")
    private String language;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        SheetSet set = SheetChoices.set(spec, sheets);
        WrittenLanguage written = Objects.requireNonNullElse(SheetChoices.language(spec, language), WrittenLanguage.EN);
        SheetChoices.write(out, SheetWriter.template(set.kinds(), written));
        spec.commandLine().getOut().printf("Wrote the %s template to %s%n", set.slug(), out);
        return CaravanCli.OK;
    }
}
