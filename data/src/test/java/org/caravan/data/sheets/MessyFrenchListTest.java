package org.caravan.data.sheets;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Participant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A coordinator's own French list of the 300 participants, messy as such lists are, imported into the flagship. The
 * reports are written to target/ for the record.
 */
class MessyFrenchListTest {

    private static Dataset flagship;

    @BeforeAll
    static void flagship() {
        flagship = Flagship.DATASET;
    }

    @Test
    void theDozenMistakesAreEachFoundAtTheirRowAndColumnAndNothingElse() throws IOException {
        byte[] workbook = MessyFrenchList.workbook(flagship, true);

        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () ->
                SheetImporter.importSheets(List.of(new SheetFile("inscrits-djerba.xlsx", workbook)), flagship));
        Files.writeString(Path.of("target", "messy-french-import-with-mistakes.txt"), invalid.report().summary());

        assertThat(invalid.report().problems()).extracting(SheetIssue::column).containsExactlyInAnyOrder(
                MessyFrenchList.MISTAKES.stream().map(MessyFrenchList.Mistake::column).toArray(String[]::new));
        assertThat(invalid.report().problems()).allSatisfy(problem -> assertThat(problem.sheet()).isEqualTo("Feuil1"));
        assertThat(invalid.report().problems()).extracting(SheetIssue::message).contains(
                "'Burkina' is not a country; did you mean Burkina Faso (BF)?",
                "'Marocc' is not a country; did you mean Maroc (MA)?",
                "'OUG' is not an airport of the dataset; did you mean OUA (Ouagadougou)?",
                "'haute' is not a whole number.",
                "Participant p061 has priority (6); it must be from 1 (nice to have) to 5.",
                "'31/04/2026 09:00' is not a date: April 2026 has no day 31.",
                "'Fatima Amranni' is not a participant; did you mean p299 (Fatima Amrani)?",
                "'?' is not a gender; write F, M or X (also femme, homme).",
                "'Fondation Solidarité Sahell' is not a fund; did you mean sahel-solidarity (Fondation Solidarité Sahel)?",
                "'anglai' is not a language; did you mean anglais (en)?",
                "The id p123 is already on row 127; keep one row for it.",
                "Participant p304 has no nationality; give two upper-case letters (ISO 3166-1 alpha-2) such as TN.");
    }

    @Test
    void corrected_itMergesWithTheCountsOfWhatChanged() throws IOException {
        byte[] workbook = MessyFrenchList.workbook(flagship, false);

        ImportedDataset imported = SheetImporter.importSheets(List.of(new SheetFile("inscrits-djerba.xlsx", workbook)), flagship);
        Files.writeString(Path.of("target", "messy-french-import-corrected.txt"), imported.report().summary());

        int updated = MessyFrenchList.PRIORITY_CHANGED.size() + MessyFrenchList.SINGLE_ROOM_ASKED.size();
        assertThat(imported.report().counts()).containsExactly(new ImportReport.Count("participants",
                MessyFrenchList.NEW_REGISTRATIONS.size(), updated, 300 - updated, 0));
        assertThat(imported.report().notes()).extracting(SheetIssue::message).contains(
                "This is not a column Caravan reads; it is ignored; did you mean 'langue préférée'?",
                "No id; the new participant is given the id p301.",
                "No id; this is participant p001 of the dataset, found by the name 'Maxime Dupont'.");
        Participant ndeye = imported.dataset().participants().get(300);
        assertThat(ndeye.name()).isEqualTo("Ndèye Fatou Ñaŋ");
        assertThat(ndeye.nationality()).isEqualTo("SN");
        assertThat(ndeye.languages()).containsExactly("wo", "fr");
        assertThat(imported.dataset().participants().get(301).languages()).containsExactly("fr", "wo", "ff");
        assertThat(imported.dataset().participants().get(301).homeAirports()).containsExactly("DSS");
    }
}
