package org.caravan.api.cli;

import org.caravan.data.sheets.SheetSet;
import org.caravan.data.text.WrittenLanguage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the spreadsheet and document commands read from their options: a set of sheets, a language, a workbook file. */
final class SheetChoices {

    private SheetChoices() {
    }

    static SheetSet set(CommandSpec spec, String slug) {
        return SheetSet.of(slug).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "'" + slug + "' is not a set of sheets; use one of " + SheetSet.slugs() + "."));
    }

    /** fr or en; null when the option is not given. */
    static WrittenLanguage language(CommandSpec spec, String code) {
        if (code == null) {
            return null;
        }
        WrittenLanguage language = WrittenLanguage.of(code);
        if (language == null) {
            throw new ParameterException(spec.commandLine(), "The option --lang (" + code + ") must be fr or en.");
        }
        return language;
    }

    static void write(Path target, byte[] bytes) throws IOException {
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.write(target, bytes);
    }
}
