package org.caravan.data.sheets;

import org.caravan.data.export.Csv;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV files read back: what our own exports write (quotes, guards, separators) comes back as it was. */
class SheetFilesCsvTest {

    @Test
    void whatTheExportsWriteIsReadBackCellForCell() throws Exception {
        List<Object> written = List.of("Ben Ali, \"Salma\"", "=1+1", "\t=2", "-3", "line one\nline two", "Konaté");
        String csv = new Csv("a", "b", "c", "d", "e", "f").row(written.toArray()).text();

        SheetTable table = SheetFiles.csv("list.csv", csv);

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).cells()).extracting(cell -> ((Cell.Text) cell).text())
                .containsExactly("Ben Ali, \"Salma\"", "=1+1", "\t=2", "-3", "line one\nline two", "Konaté");
    }

    @Test
    void semicolonsAndTabsAreSeparatorsWhenTheFirstLineSaysSo() throws Exception {
        assertThat(SheetFiles.csv("fr.csv", "nom;prénom\r\nKonaté;Awa\r\n").rows().get(1).cells()).hasSize(2);
        assertThat(SheetFiles.csv("tab.csv", "name\tfirst\nKonaté\tAwa\n").rows().get(1).cells()).hasSize(2);
    }

    @Test
    void aBrokenQuoteIsAnUnreadableFileThatSaysWhere() {
        assertThatThrownBy(() -> SheetFiles.csv("list.csv", "name,city\r\n\"Awa\" Konaté,Djerba\r\n"))
                .isInstanceOf(SheetFiles.UnreadableFile.class)
                .hasMessageContaining("after row 1").hasMessageContaining("quote");
    }
}
