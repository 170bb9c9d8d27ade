package org.caravan.api.cli;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.sheets.SheetSet;
import org.caravan.data.sheets.SheetWriter;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.DatasetLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code template [participants|hotels|flights|dataset] [--lang fr|en] --out FILE.xlsx}: a workbook to fill in, with
 * an example row and a sheet that explains every column; {@code export DATASET [--sheets ...] [--lang fr|en] --out
 * FILE.xlsx}: a dataset in the same sheets, to edit and import back.
 */
final class SheetsCommand {

    static final String TEMPLATE_USAGE = "template [participants|hotels|flights|dataset] [--lang fr|en] --out FILE.xlsx";
    static final String EXPORT_USAGE = "export DATASET [--sheets participants|hotels|flights|dataset] [--lang fr|en] --out FILE.xlsx";

    private SheetsCommand() {
    }

    static int template(String[] args, PrintStream out) throws IOException {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("--lang", "--out"));
        if (arguments.files().size() > 1) {
            throw new CaravanCli.UsageException("template makes one workbook: " + TEMPLATE_USAGE);
        }
        SheetSet set = set(arguments.files().isEmpty() ? "participants" : arguments.files().get(0));
        Path target = Path.of(arguments.required("--out", "template needs --out FILE.xlsx: " + TEMPLATE_USAGE));
        write(target, SheetWriter.template(set.kinds(), language(arguments.option("--lang"))));
        out.printf("Wrote the %s template to %s%n", set.slug(), target);
        return CaravanCli.OK;
    }

    static int export(String[] args, PrintStream out) throws IOException {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("--sheets", "--lang", "--out"));
        if (arguments.files().size() != 1) {
            throw new CaravanCli.UsageException("export needs one dataset: " + EXPORT_USAGE);
        }
        Dataset dataset = DatasetLoader.load(Path.of(arguments.files().get(0)));
        SheetSet set = set(arguments.option("--sheets") == null ? "dataset" : arguments.option("--sheets"));
        Path target = Path.of(arguments.required("--out", "export needs --out FILE.xlsx: " + EXPORT_USAGE));
        write(target, SheetWriter.workbook(dataset, set.kinds(), language(arguments.option("--lang"))));
        out.printf("Wrote %s of %s to %s%n", set.slug(), dataset.event().name(), target);
        return CaravanCli.OK;
    }

    private static SheetSet set(String slug) {
        return SheetSet.of(slug).orElseThrow(() -> new CaravanCli.UsageException(
                "'" + slug + "' is not a set of sheets; use one of " + SheetSet.slugs() + "."));
    }

    static WrittenLanguage language(String code) {
        if (code == null) {
            return WrittenLanguage.EN;
        }
        WrittenLanguage language = WrittenLanguage.of(code);
        if (language == null) {
            throw new CaravanCli.UsageException("The option --lang (" + code + ") must be fr or en.");
        }
        return language;
    }

    private static void write(Path target, byte[] workbook) throws IOException {
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.write(target, workbook);
    }
}
