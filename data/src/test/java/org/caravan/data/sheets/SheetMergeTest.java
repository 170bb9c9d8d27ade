package org.caravan.data.sheets;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An import merges into a dataset by id and says what it added, updated and left unchanged. */
class SheetMergeTest {

    private static Dataset flagship;

    @BeforeAll
    static void flagship() {
        flagship = Flagship.DATASET;
    }

    @Test
    void aMergeCountsWhatItAddedUpdatedAndLeftUnchanged() {
        Participant p001 = participant(flagship, "p001");
        Participant p002 = participant(flagship, "p002");
        String csv = """
                id,name,priority
                p001,%s,%d
                p002,%s,5
                p901,Awa Ndiaye,3
                """.formatted(p001.name(), p001.priority(), p002.name())
                .replace("name,priority", "name,priority,gender,nationality,languages,home airports")
                .replace("p901,Awa Ndiaye,3", "p901,Awa Ndiaye,3,F,SN,fr,DSS")
                .replace("p001," + p001.name() + "," + p001.priority(), "p001," + p001.name() + "," + p001.priority() + "," + row(p001))
                .replace("p002," + p002.name() + ",5", "p002," + p002.name() + ",5," + row(p002));

        ImportedDataset imported = importCsv(csv);

        assertThat(imported.report().counts()).containsExactly(new ImportReport.Count("participants", 1, 1, 1, 298));
        assertThat(imported.dataset().participants()).hasSize(301);
        assertThat(participant(imported.dataset(), "p002").priority()).isEqualTo(5);
        assertThat(participant(imported.dataset(), "p002")).usingRecursiveComparison().ignoringFields("priority").isEqualTo(p002);
        assertThat(imported.dataset().participants().get(300).id()).isEqualTo("p901");
        assertThat(participant(imported.dataset(), "p001")).isEqualTo(p001);
    }

    private static String row(Participant participant) {
        return "%s,%s,%s,%s".formatted(participant.gender(), participant.nationality(), String.join(" ", participant.languages()),
                String.join(" ", participant.homeAirports()));
    }

    @Test
    void aColumnTheSheetDoesNotHaveKeepsTheFieldAndAnEmptyCellTakesTheDefault() {
        String csv = """
                id,fund,role
                p001,,
                """;

        Participant updated = participant(importCsv(csv).dataset(), "p001");

        Participant before = participant(flagship, "p001");
        assertThat(before.fund()).isNotNull();
        assertThat(updated.fund()).as("empty: the general budget").isNull();
        assertThat(updated.role()).isEqualTo(org.caravan.data.dataset.Role.DELEGATE);
        assertThat(updated.homeAirports()).as("no such column: kept").isEqualTo(before.homeAirports());
        assertThat(updated.languages()).isEqualTo(before.languages());
    }

    @Test
    void rowsWithoutIdAreFoundByNameOrGivenTheNextId() {
        Participant known = participant(flagship, "p001");
        String csv = """
                name,gender,nationality,languages,priority,home airports
                %s,%s,%s,%s,5,%s
                Awa Ndiaye,F,SN,fr,2,DSS
                """.formatted(known.name(), known.gender(), known.nationality(), String.join(" ", known.languages()),
                String.join(" ", known.homeAirports()));

        ImportedDataset imported = importCsv(csv);

        assertThat(participant(imported.dataset(), "p001").priority()).isEqualTo(5);
        assertThat(participant(imported.dataset(), "p301").name()).isEqualTo("Awa Ndiaye");
        assertThat(imported.report().notes()).extracting(SheetIssue::message).containsExactly(
                "No id; this is participant p001 of the dataset, found by the name '%s'.".formatted(known.name()),
                "No id; the new participant is given the id p301.");
    }

    @Test
    void aRowWithoutIdNamingTwoParticipantsIsAProblem() {
        String csv = """
                name,priority
                Heba Saleh,5
                """;

        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () -> importCsv(csv));

        assertThat(invalid.report().problems()).containsExactly(SheetIssue.at("list.csv", 2, "id",
                "No id, and 2 participants of the dataset are called 'Heba Saleh' (p010, p178); write the id of the one meant, or a new id for someone else."));
    }

    @Test
    void roommatesMayBeNamedByTheirNames() {
        String csv = """
                id,roommate requests
                p001,%s
                """.formatted(participant(flagship, "p099").name());

        assertThat(participant(importCsv(csv).dataset(), "p001").roommateRequests()).containsExactly("p099");
    }

    @Test
    void hotelsWithBlocksOfRoomsAndTheHotelsColumnsOnItsFirstRowOnly() {
        String csv = """
                hotel,hotel name,stars,address,tax per person-night,room,room type,capacity,price per night,accessible,available from,available to,count
                h9,Hôtel Ulysse,4,"Zone touristique, Midoun",2.5,h9-1,TWIN,2,"95,50",oui,22/03/2026,31/03/2026,
                ,,,,,h9-tw,TWIN,2,95,,22/03/2026,31/03/2026,3
                h1,,,,,h1-101,TWIN,2,150,yes,22/03/2026,31/03/2026,
                """;

        ImportedDataset imported = importCsv(csv);

        Hotel ulysse = imported.dataset().hotels().stream().filter(hotel -> hotel.id().equals("h9")).findFirst().orElseThrow();
        assertThat(ulysse.address()).isEqualTo("Zone touristique, Midoun");
        assertThat(ulysse.rooms()).extracting(Room::id).containsExactly("h9-1", "h9-tw-1", "h9-tw-2", "h9-tw-3");
        assertThat(ulysse.rooms().get(0).pricePerNight()).isEqualByComparingTo("95.50");
        assertThat(ulysse.rooms().get(0).accessible()).isTrue();
        assertThat(imported.report().counts()).containsExactly(new ImportReport.Count("hotels", 1, 0, 1, 7),
                new ImportReport.Count("rooms", 4, 1, 0, 169));
        Room h1101 = imported.dataset().hotels().get(0).rooms().get(0);
        assertThat(h1101.pricePerNight()).isEqualByComparingTo("150");
    }

    @Test
    void aHotelsColumnsMustAgreeOnEveryRow() {
        String csv = """
                hotel,hotel name,stars,room,capacity,price per night,available from,available to
                h9,Dar Ulysse,4,h9-1,2,95,22/03/2026,31/03/2026
                h9,,5,h9-2,2,95,22/03/2026,31/03/2026
                """;

        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () -> importCsv(csv));

        assertThat(invalid.report().problems()).containsExactly(SheetIssue.at("list.csv", 3, "stars",
                "Hotel h9 has '5' here but '4' on row 2; a hotel's columns must agree (or be left empty after its first row)."));
    }

    @Test
    void oneWayQuotesFromTheSameAirportAreCombinedIntoRoundTrips() {
        Itinerary known = flagship.flights().itineraries().get(0);
        String csv = """
                itinerary,outbound,return,price
                out-a,"%s",,300
                back-a,,"%s",250.50
                """.formatted(String.join(",", known.outbound()), String.join(",", known.inbound()));

        ImportedDataset imported = importCsv(csv);

        Itinerary combined = imported.dataset().flights().itineraries().stream()
                .filter(itinerary -> itinerary.id().equals("out-a+back-a")).findFirst().orElseThrow();
        assertThat(combined.origin()).isEqualTo(known.origin());
        assertThat(combined.outbound()).isEqualTo(known.outbound());
        assertThat(combined.inbound()).isEqualTo(known.inbound());
        assertThat(combined.price()).isEqualByComparingTo(new BigDecimal("550.50"));
        assertThat(imported.report().counts()).containsExactly(new ImportReport.Count("itineraries", 1, 0, 0, 231));
        assertThat(imported.report().notes()).extracting(SheetIssue::message)
                .containsExactly("1 one-way quotes out and 1 back were combined into 1 round trips (their prices added).");
    }

    @Test
    void aOneWayQuoteWithoutAPartnerIsAProblem() {
        Itinerary known = flagship.flights().itineraries().get(0);
        String csv = """
                itinerary,outbound,return,price
                out-a,"%s",,300
                """.formatted(String.join(",", known.outbound()));

        InvalidSheetsException invalid = catchThrowableOfType(InvalidSheetsException.class, () -> importCsv(csv));

        assertThat(invalid.report().problems()).containsExactly(SheetIssue.at("list.csv", 2, "itinerary",
                "This one-way quote out of %s has no return quote back to that airport to be combined with.".formatted(known.origin())));
    }

    private static ImportedDataset importCsv(String csv) {
        return SheetImporter.importSheets(List.of(new SheetFile("list.csv", csv.getBytes(StandardCharsets.UTF_8))), flagship);
    }

    private static Participant participant(Dataset dataset, String id) {
        return dataset.participants().stream().filter(participant -> participant.id().equals(id)).findFirst().orElseThrow();
    }
}
