package org.caravan.data.export;

import org.caravan.data.dataset.Gender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertThat(Csv.cell("Awa Ouedraogo")).isEqualTo("Awa Ouedraogo");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell(4)).isEqualTo("4");
        assertThat(Csv.cell(Gender.F)).isEqualTo("F");
        assertThat(Csv.cell(LocalDate.parse("2026-03-24"))).isEqualTo("2026-03-24");
        assertThat(Csv.cell(LocalDateTime.parse("2026-03-24T19:05"))).isEqualTo("2026-03-24 19:05");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.cell("Hotel, Djerba")).isEqualTo("\"Hotel, Djerba\"");
        assertThat(Csv.cell("the \"Sun\"")).isEqualTo("\"the \"\"Sun\"\"\"");
        assertThat(Csv.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(Csv.cell("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(Csv.cell(List.of("ar", "fr"))).isEqualTo("\"ar, fr\"");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(-3)).isEqualTo("-3");
        assertThat(Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void rowsEndWithCrLfAfterAHeader() {
        assertThat(new Csv("a", "b").row("x", 1).row("x", null).text()).isEqualTo("a,b\r\nx,1\r\nx,\r\n");
        assertThat(new Csv("a", "b").row(null, "y").text()).as("an empty first field is quoted: a line of one empty "
                + "field must not read as an empty line").isEqualTo("a,b\r\n\"\",y\r\n");
    }

    @Test
    void filesAreUtf8AfterAByteOrderMarkSoExcelReadsTheAccents(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/rooming-h1.csv");
        Csv.write(file, new Csv("name").row("Aïcha Ouédraogo").text());

        byte[] written = Files.readAllBytes(file);
        assertThat(written).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(written).isEqualTo("\uFEFFname\r\nAïcha Ouédraogo\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Csv.bytes("a\r\n")).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\r', '\n'});
    }
}
