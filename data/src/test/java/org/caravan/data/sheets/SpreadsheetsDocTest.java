package org.caravan.data.sheets;

import org.caravan.data.text.WrittenLanguage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/SPREADSHEETS.md documents every column the importer reads, under the headers templates write. */
class SpreadsheetsDocTest {

    /** Surefire runs in the module's directory. */
    private static final Path DOC = Path.of("..", "docs", "SPREADSHEETS.md");

    @Test
    void everyColumnOfEverySheetIsDocumentedInBothLanguages() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        for (SheetKind kind : SheetKind.values()) {
            assertThat(doc).contains("### " + kind.sheetName(WrittenLanguage.EN) + " / " + kind.sheetName(WrittenLanguage.FR));
            for (SheetField field : kind.fields()) {
                assertThat(doc).as("%s: %s", kind, field.path())
                        .contains("| " + field.header(WrittenLanguage.EN) + " | " + field.header(WrittenLanguage.FR) + " |");
            }
        }
    }
}
