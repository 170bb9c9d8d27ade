package org.caravan.data.sheets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Role;
import org.caravan.data.dataset.TravelMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Columns headed in English or French, in any order, with the words and formats planners use. */
class SheetHeadersTest {

    private static Dataset flagship;

    @BeforeAll
    static void flagship() {
        flagship = Flagship.DATASET;
    }

    @Test
    void englishHeadersAndWords() {
        String csv = """
                name,id,gender,nationality,languages,home airports,role,priority,must attend,fund,single room,phone
                Awa Ndiaye,p901,female,Senegal,"French, Wolof",DSS,speaker,4,yes,SELF,yes,+221 77 000 00 00
                """;

        Participant awa = participant(importCsv("list.csv", csv.getBytes(StandardCharsets.UTF_8)), "p901");

        assertThat(awa.name()).isEqualTo("Awa Ndiaye");
        assertThat(awa.gender()).isEqualTo(Gender.F);
        assertThat(awa.nationality()).isEqualTo("SN");
        assertThat(awa.languages()).containsExactly("fr", "wo");
        assertThat(awa.role()).isEqualTo(Role.SPEAKER);
        assertThat(awa.mustAttend()).isTrue();
        assertThat(awa.fund()).isEqualTo("SELF");
        assertThat(awa.needs().singleRoom()).isTrue();
    }

    @Test
    void frenchHeadersAndWordsFromFrenchExcelInWindows1252() {
        String csv = """
                Liste des inscrits au 2 décembre;;;;;;;;;;;;
                ;;;;;;;;;;;;
                Nom complet;Identifiant;Genre;Nationalité;Langues parlées;Aéroport de départ;Rôle;Priorité;Présence obligatoire;Financement;Transport;Arrivée;Départ
                 Moussa  Traoré ;p902;H;malienne;français et bambara;bamako;intervenant;3;Non;Fondation Solidarité Sahel;avion;;
                Salma Ben Ali;p903;F;Tunisie;arabe / français;;déléguée;2;oui;autofinancé;aucun;24/03/2026 18h30;29/03/2026 10:00
                """;

        Dataset imported = importCsv("inscrits.csv", csv.getBytes(Charset.forName("windows-1252")));

        Participant moussa = participant(imported, "p902");
        assertThat(moussa.name()).isEqualTo("Moussa Traoré");
        assertThat(moussa.gender()).isEqualTo(Gender.M);
        assertThat(moussa.nationality()).isEqualTo("ML");
        assertThat(moussa.languages()).containsExactly("fr", "bm");
        assertThat(moussa.homeAirports()).containsExactly("BKO");
        assertThat(moussa.fund()).isEqualTo("sahel-solidarity");
        Participant salma = participant(imported, "p903");
        assertThat(salma.travelMode()).isEqualTo(TravelMode.NONE);
        assertThat(salma.fund()).isEqualTo("SELF");
        assertThat(salma.mustAttend()).isTrue();
        assertThat(salma.fixedArrival()).isEqualTo(LocalDateTime.of(2026, 3, 24, 18, 30));
        assertThat(salma.fixedDeparture()).isEqualTo(LocalDateTime.of(2026, 3, 29, 10, 0));
        assertThat(salma.languages()).containsExactly("ar", "fr");
    }

    @Test
    void excelUnicodeTextIsTabSeparatedUtf16() {
        String text = "id\tname\tgender\tnationality\tlanguages\thome airports\tpriority\n"
                + "p904\tБатбаяр Өлзий\tM\tMongolie\tmongol\tUBN\t2\n";
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

        Participant batbayar = participant(importCsv("list.txt", bytes), "p904");

        assertThat(batbayar.name()).isEqualTo("Батбаяр Өлзий");
        assertThat(batbayar.nationality()).isEqualTo("MN");
        assertThat(batbayar.languages()).containsExactly("mn");
    }

    @Test
    void aWorkbookWithRealDatesNumbersAndTrueFalseCells() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Feuil1");
            Row header = sheet.createRow(0);
            String[] headers = {"identifiant", "nom", "genre", "nationalité", "langues", "transport", "arrivée", "priorité", "chambre accessible"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("p905");
            row.createCell(1).setCellValue("محمد الأمين ولد لالة");
            row.createCell(2).setCellValue("M");
            row.createCell(3).setCellValue("MR");
            row.createCell(4).setCellValue("hassaniya, ar");
            row.createCell(5).setCellValue("aucun");
            row.createCell(6).setCellValue(LocalDateTime.of(2026, 3, 24, 20, 15));
            row.getCell(6).setCellStyle(dateStyle(book));
            row.createCell(7).setCellValue(5.0);
            row.createCell(8).setCellValue(true);
            book.write(out);
            workbook = out.toByteArray();
        }

        Participant mohamed = participant(importCsv("inscrits.xlsx", workbook), "p905");

        assertThat(mohamed.name()).isEqualTo("محمد الأمين ولد لالة");
        assertThat(mohamed.languages()).containsExactly("mey", "ar");
        assertThat(mohamed.fixedArrival()).isEqualTo(LocalDateTime.of(2026, 3, 24, 20, 15));
        assertThat(mohamed.priority()).isEqualTo(5);
        assertThat(mohamed.needs().accessibleRoom()).isTrue();
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(XSSFWorkbook book) {
        org.apache.poi.ss.usermodel.CellStyle style = book.createCellStyle();
        style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        return style;
    }

    @Test
    void extraColumnsAreIgnoredAndTheCloseOnesNamed() {
        String csv = """
                id,name,priority,phone,comments,prority level
                p001,Maxime Dupont,2,+32 2 000 00 00,vegetarian,3
                """;

        ImportedDataset imported = SheetImporter.importSheets(List.of(new SheetFile("list.csv", csv.getBytes(StandardCharsets.UTF_8))), flagship);

        assertThat(imported.report().notes()).extracting(SheetIssue::column).containsExactly("phone", "comments", "prority level");
        assertThat(imported.report().notes()).allSatisfy(note -> assertThat(note.message()).startsWith("This is not a column Caravan reads; it is ignored"));
    }

    private static Dataset importCsv(String name, byte[] bytes) {
        return SheetImporter.importSheets(List.of(new SheetFile(name, bytes)), flagship).dataset();
    }

    private static Participant participant(Dataset dataset, String id) {
        return dataset.participants().stream().filter(participant -> participant.id().equals(id)).findFirst().orElseThrow();
    }
}
