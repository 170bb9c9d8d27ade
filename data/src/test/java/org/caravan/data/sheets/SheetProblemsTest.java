package org.caravan.data.sheets;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.text.WrittenLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every kind of cell a planner can get wrong is reported at its sheet, row and column, with what was probably meant. */
class SheetProblemsTest {

    private static Dataset flagship;

    @BeforeAll
    static void flagship() {
        flagship = Flagship.DATASET;
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                // participants
                bad("id,gender", "p001,femm", "gender", "'femm' is not a gender; did you mean F?"),
                bad("id,gender", "p001,?", "gender", "'?' is not a gender; write F, M or X (also femme, homme)."),
                bad("id,nationality", "p001,Burkina", "nationality", "'Burkina' is not a country; did you mean Burkina Faso (BF)?"),
                bad("identifiant,nationalité", "p001,Tunisei", "nationalité", "'Tunisei' is not a country; did you mean Tunisie (TN)?"),
                bad("id,languages", "p001,\"fr, arab\"", "languages", "'arab' is not a language; did you mean Arabic (ar)?"),
                bad("identifiant,langues", "p001,français et anglai", "langues", "'anglai' is not a language; did you mean anglais (en)?"),
                bad("id,home airports", "p001,OUG", "home airports", "'OUG' is not an airport of the dataset; did you mean OUA (Ouagadougou)?"),
                bad("id,role", "p001,speeker", "role", "'speeker' is not a role; did you mean SPEAKER?"),
                bad("id,priority", "p001,high", "priority", "'high' is not a whole number."),
                bad("id,priority", "p001,2.5", "priority", "'2.5' is not a whole number."),
                bad("id,priority", "p001,7", "priority", "Participant p001 has priority (7); it must be from 1 (nice to have) to 5."),
                bad("id,must attend", "p001,maybe", "must attend", "'maybe' is not yes or no; write yes or no."),
                bad("identifiant,présence obligatoire", "p001,peut-être", "présence obligatoire", "'peut-être' is not yes or no; write oui or non."),
                bad("id,fund", "p001,sahel-solidarty", "fund",
                        "'sahel-solidarty' is not a fund; did you mean sahel-solidarity (Fondation Solidarité Sahel)?"),
                bad("id,travel mode", "p001,boat", "travel mode", "'boat' is not a travel mode; write flight or none (also avion, aucun)."),
                bad("id,travel mode,arrival", "p001,none,31/02/2026 10:00", "arrival", "'31/02/2026 10:00' is not a date: February 2026 has no day 31."),
                bad("id,travel mode,arrival", "p001,none,25/03/2026", "arrival",
                        "'25/03/2026' has no time of day; write DD/MM/YYYY HH:MM, such as 25/03/2026 14:30."),
                bad("id,travel mode,arrival", "p001,none,03/25/2026 14:30", "arrival",
                        "'03/25/2026 14:30' is not a date: there is no month 25; dates are written day first; did you mean 25/03/2026 14:30?"),
                bad("id,travel mode,arrival", "p001,none,next monday", "arrival",
                        "'next monday' is not a date; write DD/MM/YYYY HH:MM (day first) or YYYY-MM-DD, such as 25/03/2026 14:30."),
                bad("id,travel mode,arrival", "p001,none,25/03/2026 25:00", "arrival",
                        "'25/03/2026 25:00' is not a time of day: hours go from 00 to 23 and minutes from 00 to 59."),
                bad("id,roommate requests", "p001,Fatima Amranni", "roommate requests",
                        "'Fatima Amranni' is not a participant; did you mean p299 (Fatima Amrani)?"),
                bad("id,roommate requests", "p001,p001", "roommate requests",
                        "Participant p001 asks to room with themself; remove p001 from roommateRequests."),
                bad("id,preferred language", "p001,englsh", "preferred language", "'englsh' is not a language; did you mean English (en)?"),
                bad("id,needs lodging", "p001,si", "needs lodging", "'si' is not yes or no; write yes or no."),
                // hotels
                bad("hotel,room,stars", "h1,h1-101,four", "stars", "'four' is not a whole number."),
                bad("hotel,room,price per night", "h1,h1-101,cheap", "price per night", "'cheap' is not an amount; write a number such as 95 or 95,50."),
                bad("hotel,room,available from", "h1,h1-101,32/03/2026", "available from", "'32/03/2026' is not a date: March 2026 has no day 32."),
                bad("hotel,room,count", "h1,h1-101,0", "count", "A block has from 1 to 1000 rooms; this says 0."),
                bad("hotel,room,capacity", "h1,h1-101,0", "capacity", "The room (h1-101) has capacity (0); it must be at least 1."),
                // flights
                bad("segment,from", "TU236-2026-03-23,TNU", "from", "'TNU' is not an airport of the dataset; did you mean TUN (Tunis)?"),
                bad("itinerary,outbound", "OUA-1,\"TU236-2026-03-32, UG466-2026-03-23\"", "outbound",
                        "'TU236-2026-03-32' is not a flight segment; did you mean TU236-2026-03-23 or TU236-2026-03-24?"),
                bad("segment,departure", "TU236-2026-03-23,23/03/2026 1:35 PM", "departure",
                        "'23/03/2026 1:35 PM' is not a date and time; write DD/MM/YYYY HH:MM, such as 25/03/2026 14:30."),
                // airports, visa rules
                bad("code,time zone", "OUA,Ouagadougu", "time zone", "'Ouagadougu' is not a time zone; did you mean Africa/Ouagadougou?"),
                bad("code,country", "OUA,Burkina Fasso", "country", "'Burkina Fasso' is not a country; did you mean Burkina Faso (BF)?"),
                bad("nationality,country,purpose,visa", "EG,TN,entri,TN-VISA", "purpose", "'entri' is not a visa purpose; did you mean ENTRY?"));
    }

    private static Arguments bad(String header, String row, String column, String message) {
        return Arguments.of(header + "\n" + row + "\n", column, message);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badCells")
    void aBadCellIsReportedAtItsRowAndColumnInThePlannersWords(String csv, String column, String message) {
        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () -> importCsv(csv));

        assertThat(invalid).as("the import was accepted").isNotNull();
        assertThat(invalid.report().problems()).containsExactly(SheetIssue.at("list.csv", 2, column, message));
        assertThat(invalid.report().problems().get(0)).hasToString("list.csv, row 2, column '" + column + "': " + message);
    }

    @Test
    void eventSettingsAreCheckedLikeColumns() {
        String csv = """
                Setting,Value
                currency,euro dollars
                roommate nationality,mixed
                time zone,Tunis
                """;

        assertThatThrownBy(() -> importCsv(csv)).isInstanceOfSatisfying(InvalidSheetsException.class, invalid ->
                assertThat(invalid.report().problems()).containsExactly(
                        SheetIssue.at("list.csv", 2, "currency", "'euro dollars' is not a currency; write its three-letter code, such as EUR or TND."),
                        SheetIssue.at("list.csv", 3, "roommate nationality", "'mixed' is not a roommate nationality rule; did you mean MIX?")));
    }

    @Test
    void everyProblemIsReportedAtOnceAndTheDatasetValidationIsPlacedInTheSheet() {
        String csv = """
                id,name,gender,nationality,languages,home airports,priority,roommate requests
                p001,Maxime Dupont,M,Belgique,fr,BRU,2,
                p900,Nouvelle Personne,F,Frnce,fr,CDG,9,
                p901,,F,FR,fr,CDG,2,p900
                """;

        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () -> importCsv(csv));

        assertThat(invalid.report().problems()).containsExactly(
                SheetIssue.at("list.csv", 3, "nationality", "'Frnce' is not a country; did you mean France (FR)?"),
                SheetIssue.at("list.csv", 3, "priority", "Participant p900 has priority (9); it must be from 1 (nice to have) to 5."),
                SheetIssue.at("list.csv", 4, "name", "Participant p901 has no name."));
        assertThat(invalid.report().counts()).containsExactly(new ImportReport.Count("participants", 2, 1, 0, 299));
    }

    @Test
    void newParticipantsNeedTheColumnsThatMakeAParticipant() {
        String csv = """
                id,name,gender,natonality,languages,priority,home airports
                p900,Nouvelle Personne,F,France,fr,2,CDG
                """;

        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () -> importCsv(csv));

        assertThat(invalid.report().problems()).containsExactly(SheetIssue.at("list.csv", null, null,
                "There is no column 'nationality'; new participants need one (rows 2); is it the column 'natonality'?"));
        assertThat(invalid.report().notes()).containsExactly(SheetIssue.at("list.csv", null, "natonality",
                "This is not a column Caravan reads; it is ignored; did you mean 'nationality'?"));
    }

    @Test
    void aRowTwiceAndTwoColumnsForOneFieldAreProblems() {
        String csv = """
                id,name,nom,priority
                p001,Maxime Dupont,Maxime Dupont,2
                p001,Maxime Dupont,Maxime Dupont,3
                """;

        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () -> importCsv(csv));

        assertThat(invalid.report().problems()).containsExactly(
                SheetIssue.at("list.csv", 1, "nom", "This column and the column 'name' both give name; keep one."),
                SheetIssue.at("list.csv", 3, "id", "The id p001 is already on row 2; keep one row for it."));
    }

    @Test
    void aFileThatIsNoSpreadsheetSaysWhatToSend() {
        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () -> SheetImporter.importSheets(
                List.of(new SheetFile("list.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))), flagship));

        assertThat(invalid.report().problems()).containsExactly(SheetIssue.at("list.pdf", null, null,
                "This is a PDF file, not a spreadsheet; send the .xlsx or .csv file."));
    }

    @Test
    void aNewDatasetWithoutAnEventSaysWhereToGiveIt() {
        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () -> SheetImporter.importSheets(
                List.of(new SheetFile("list.csv", SheetWriter.csv(flagship, SheetKind.PARTICIPANTS, WrittenLanguage.EN)
                        .getBytes(StandardCharsets.UTF_8))), null));

        assertThat(invalid.report().problems()).startsWith(
                SheetIssue.at(null, null, null, "The new dataset has no airports for 269 cells to refer to; add an Airports sheet (see the template), or import into an existing dataset."),
                SheetIssue.at(null, null, null, "The new dataset has no funds for 202 cells to refer to; add a Funds sheet (see the template), or import into an existing dataset."));
        assertThat(invalid.report().problems()).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo("$.event");
            assertThat(problem.message()).endsWith("Add an Event sheet (see the template), or import into an existing dataset.");
        });
    }

    private static ImportedDataset importCsv(String csv) {
        return SheetImporter.importSheets(List.of(new SheetFile("list.csv", csv.getBytes(StandardCharsets.UTF_8))), flagship);
    }
}
