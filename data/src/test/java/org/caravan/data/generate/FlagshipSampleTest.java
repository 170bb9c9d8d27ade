package org.caravan.data.generate;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.TravelMode;
import org.caravan.data.dataset.VisaPurpose;
import org.caravan.data.dataset.VisaRule;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ItineraryFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class FlagshipSampleTest {

    /** Surefire runs in the module's directory. */
    private static final Path COMMITTED = Path.of("samples", FlagshipSample.FILE_NAME);

    private static Dataset sample;

    @BeforeAll
    static void readCommittedSample() throws IOException {
        sample = CaravanJson.readDataset(COMMITTED);
    }

    @Test
    void regeneratingGivesTheCommittedBytes() throws IOException {
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8).replace("\r\n", "\n");

        assertThat(FlagshipSample.json().replace("\r\n", "\n"))
                .as("data/samples/djerba-2026.json is stale: run FlagshipSample.main and commit it")
                .isEqualTo(committed);
    }

    @Test
    void theSampleIsTheDjerbaSummit() {
        assertThat(sample.format()).isEqualTo(Dataset.FORMAT);
        assertThat(sample.event().name()).isEqualTo("Djerba Civil-Society Summit 2026");
        assertThat(sample.event().venue().airport()).isEqualTo("DJE");
        assertThat(sample.event().timeZone()).isEqualTo("Africa/Tunis");
        assertThat(sample.event().firstDay()).hasToString("2026-03-25");
        assertThat(sample.event().lastDay()).hasToString("2026-03-28");
    }

    @Test
    void peopleLookLikeTheSummit() {
        assertThat(sample.participants()).hasSize(300);
        assertThat(sample.participants().stream().map(Participant::nationality).distinct()).hasSize(15);
        long women = sample.participants().stream().filter(p -> p.gender() == Gender.F).count();
        assertThat(women).isBetween(125L, 175L);
        assertThat(sample.participants().stream().filter(p -> p.gender() == Gender.X).count()).isBetween(1L, 10L);
        assertThat(sample.participants().stream().filter(p -> p.household() != null).count()).isGreaterThanOrEqualTo(4);
        assertThat(sample.participants().stream().filter(p -> p.travelMode() == TravelMode.NONE).count()).isBetween(5L, 60L);
        assertThat(sample.participants().stream().filter(p -> !p.needsLodging()).count()).isPositive();
        assertThat(sample.participants().stream().filter(Participant::mustAttend).count()).isBetween(3L, 30L);
        assertThat(sample.participants().stream().filter(p -> !p.roommateRequests().isEmpty()).count()).isGreaterThan(20);
        assertThat(sample.participants().stream().filter(p -> p.needs().singleRoom()).count()).isPositive();
        assertThat(sample.participants().stream().filter(p -> p.needs().accessibleRoom()).count()).isPositive();
        assertThat(sample.participants().stream().filter(p -> p.visasHeld().contains("SCHENGEN")).count()).isPositive();
        assertThat(sample.participants().stream().flatMap(p -> p.languages().stream()).distinct())
                .contains("fr", "ar", "en", "mos", "bm", "wo", "mey", "mn");
    }

    @Test
    void moneyIsTight() {
        assertThat(sample.budget().funds()).hasSize(3);
        assertThat(sample.participants().stream().filter(Participant::isSelfFunded).count()).isPositive();
        assertThat(sample.participants().stream().filter(p -> p.fund() == null).count()).isPositive();
        for (Fund fund : sample.budget().funds()) {
            assertThat(sample.participants().stream().filter(p -> fund.id().equals(p.fund())).count()).as(fund.id()).isPositive();
        }
        // Not everyone can come: the cheapest trips alone of everyone not self-funded exceed 60% of the total.
        DatasetIndex index = DatasetValidator.valid(sample).index();
        long cheapestTrips = sample.participants().stream().filter(p -> p.flies() && !p.isSelfFunded())
                .mapToLong(p -> index.allowedItineraries(p).stream().mapToLong(ItineraryFacts::priceCents).min().orElseThrow())
                .sum();
        assertThat(cheapestTrips).isGreaterThan(org.caravan.data.rules.Money.toCents(sample.budget().total()) * 6 / 10);
    }

    @Test
    void eightHotelsOfAbout170Rooms() {
        assertThat(sample.hotels()).hasSize(8);
        int rooms = sample.hotels().stream().mapToInt(hotel -> hotel.rooms().size()).sum();
        assertThat(rooms).isBetween(150, 190);
        assertThat(sample.hotels().stream().map(hotel -> hotel.stars()).distinct()).contains(2, 3, 4, 5);
        assertThat(sample.hotels().stream().flatMap(hotel -> hotel.rooms().stream()).filter(Room::accessible).count()).isPositive();
        assertThat(sample.hotels().stream().flatMap(hotel -> hotel.rooms().stream())
                .filter(room -> !room.available().from().toString().equals("2026-03-22")
                        || !room.available().to().toString().equals("2026-03-31")).count()).isPositive();
    }

    @Test
    void flightsHaveGroupFaresLongLayoversAndVisaRules() {
        DatasetIndex index = DatasetValidator.valid(sample).index();

        assertThat(sample.flights().segments().stream().map(Segment::seats).filter(Objects::nonNull).count()).isPositive();
        assertThat(index.itineraries().values().stream().filter(facts -> facts.longLayovers() > 0).count()).isPositive();
        assertThat(index.itineraries().values().stream().filter(facts -> facts.stops() == 0).count()).isPositive();
        assertThat(sample.visaRules()).extracting(VisaRule::purpose).contains(VisaPurpose.ENTRY, VisaPurpose.TRANSIT);
        assertThat(sample.visaRules()).anyMatch(rule -> !rule.obtainable());
        assertThat(sample.flights().itineraries()).anyMatch(itinerary -> itinerary.id().equals("OUA-1"));
        assertThat(sample.participants().stream().filter(Participant::flies))
                .allSatisfy(participant -> assertThat(index.allowedItineraries(participant)).as(participant.id()).isNotEmpty());
    }
}
