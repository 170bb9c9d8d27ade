package org.caravan.data.generate;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Segment;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.rules.Money;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ItineraryFacts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetGeneratorTest {

    @Test
    void sameSeedAndOptionsGiveTheSameBytes() {
        GeneratorOptions options = GeneratorOptions.of(120, 42L);

        String first = CaravanJson.toJson(DatasetGenerator.generate(options));
        String second = CaravanJson.toJson(DatasetGenerator.generate(options));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherDataset() {
        String first = CaravanJson.toJson(DatasetGenerator.generate(GeneratorOptions.of(120, 42L)));
        String other = CaravanJson.toJson(DatasetGenerator.generate(GeneratorOptions.of(120, 43L)));

        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void theSmallestSizeIsComplete() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(50, 1L));

        assertThat(dataset.format()).isEqualTo(Dataset.FORMAT);
        assertThat(dataset.participants()).hasSize(50);
        assertThat(dataset.participants().stream().map(Participant::nationality).distinct()).hasSize(15);
        assertThat(dataset.hotels()).isNotEmpty();
        assertThat(dataset.flights().itineraries()).isNotEmpty();
        assertEveryFlyerHasAnItinerary(dataset);
    }

    @Test
    void twoThousandParticipantsScaleHotelsAndFlights() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(2000, 2L));

        assertThat(dataset.participants()).hasSize(2000);
        int rooms = dataset.hotels().stream().mapToInt(hotel -> hotel.rooms().size()).sum();
        assertThat(rooms).isBetween(1000, 1300);
        assertThat(dataset.hotels().size()).isGreaterThan(8);
        // More origins per country at large sizes (Algeria, Morocco, France, Italy, Germany fly from several airports).
        assertThat(dataset.participants().stream().flatMap(p -> p.homeAirports().stream()).distinct().count()).isGreaterThan(30);
        assertEveryFlyerHasAnItinerary(dataset);
    }

    @Test
    void itinerariesPerOriginStayBoundedAtTenThousand() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(10_000, 3L));

        Map<String, Long> perOrigin = dataset.flights().itineraries().stream()
                .collect(Collectors.groupingBy(Itinerary::origin, Collectors.counting()));
        assertThat(perOrigin.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 30L));
        assertThat(perOrigin.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void flightsLastTheirDistanceAt800KmPerHourPlusHalfAnHourAcrossTimeZones() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(300, 5L));
        Map<String, Airport> airports = dataset.airports().stream().collect(Collectors.toMap(Airport::code, Function.identity()));

        assertThat(dataset.flights().segments()).allSatisfy(segment -> {
            Airport from = airports.get(segment.from());
            Airport to = airports.get(segment.to());
            long minutes = Duration.between(segment.departure().atZone(ZoneId.of(from.timeZone())),
                    segment.arrival().atZone(ZoneId.of(to.timeZone()))).toMinutes();
            assertThat(minutes).as(segment.id()).isEqualTo(FlightNetwork.durationMinutes(from, to));
        });
        // Paris leaves winter time on 29 March 2026; Djerba keeps UTC+1: local clocks differ after that.
        Segment toParis = dataset.flights().segments().stream()
                .filter(segment -> segment.from().equals("DJE") && Set.of("CDG", "ORY").contains(segment.to())
                        && !segment.departure().isBefore(java.time.LocalDateTime.of(2026, 3, 29, 6, 0)))
                .findFirst().orElseThrow();
        long localDifference = Duration.between(toParis.departure(), toParis.arrival()).toMinutes();
        assertThat(localDifference).isEqualTo(FlightNetwork.durationMinutes(airports.get("DJE"), airports.get(toParis.to())) + 60);
    }

    @Test
    void flightsOnlyFlyReferenceRoutesWithTheirCarriers() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(2000, 12L));

        assertThat(dataset.flights().segments()).allSatisfy(segment -> {
            ReferenceNetwork.Route route = ReferenceNetwork.route(segment.from(), segment.to());
            assertThat(route).as(segment.id()).isNotNull();
            assertThat(route.carriers()).as(segment.id()).contains(segment.carrier());
            assertThat(segment.id()).isEqualTo(segment.carrier() + segment.number() + "-" + segment.departure().toLocalDate());
        });
        assertThat(dataset.flights().itineraries()).allSatisfy(itinerary ->
                assertThat(itinerary.id()).matches(itinerary.origin() + "-[0-9]+"));
    }

    @Test
    void visaRulesFollowTheReferenceRequirements() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(300, 13L));

        // passport-index: Chad, Egypt and Mongolia need a visa for Tunisia; Senegal, Mali, France do not.
        assertThat(dataset.visaRules()).filteredOn(rule -> rule.purpose() == org.caravan.data.dataset.VisaPurpose.ENTRY)
                .extracting(org.caravan.data.dataset.VisaRule::nationality).containsExactlyInAnyOrder("EG", "MN", "TD");
        // France's airport transit list names Mali, Mauritania, Senegal and Chad; Germany's names Mali.
        assertThat(dataset.visaRules()).filteredOn(rule -> rule.purpose() == org.caravan.data.dataset.VisaPurpose.TRANSIT)
                .extracting(rule -> rule.nationality() + ">" + rule.country())
                .containsExactlyInAnyOrder("ML>FR", "MR>FR", "SN>FR", "TD>FR", "ML>DE");
        DatasetIndex index = DatasetValidator.valid(dataset).index();
        assertThat(dataset.participants().stream()
                .filter(p -> p.nationality().equals("ML") && p.flies() && !p.visasHeld().contains("SCHENGEN")))
                .isNotEmpty()
                .allSatisfy(malian -> assertThat(index.allowedItineraries(malian))
                        .allSatisfy(facts -> assertThat(facts.transitCountries()).doesNotContain("FR", "DE")));
    }

    @Test
    void everyItineraryArrivesAndLeavesInTheEventWindows() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(300, 6L));
        DatasetIndex index = DatasetValidator.valid(dataset).index();

        assertThat(index.itineraries().values()).allSatisfy(facts -> {
            assertThat(dataset.event().arrivalWindow().contains(facts.arrival())).as(facts.id()).isTrue();
            assertThat(dataset.event().departureWindow().contains(facts.departure())).as(facts.id()).isTrue();
            assertThat(facts.itinerary().outbound().get(0)).isNotBlank();
            assertThat(facts.outbound().get(0).from()).isEqualTo(facts.itinerary().origin());
            assertThat(facts.inbound().get(facts.inbound().size() - 1).to()).isEqualTo(facts.itinerary().origin());
        });
    }

    @Test
    void theBudgetFollowsTheCoverage() {
        Dataset generous = DatasetGenerator.generate(GeneratorOptions.of(300, 8L));
        Dataset tight = DatasetGenerator.generate(GeneratorOptions.of(300, 8L).withBudgetCoverage(0.7));

        long generousCents = Money.toCents(generous.budget().total());
        long tightCents = Money.toCents(tight.budget().total());
        assertThat((double) tightCents / generousCents).isCloseTo(0.7 / 0.85, org.assertj.core.data.Offset.offset(0.01));
        assertThat(tight.budget().funds()).hasSize(3);
    }

    @Test
    void mustAttendParticipantsFitWellInsideTheirFunds() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(300, 9L));
        DatasetIndex index = DatasetValidator.valid(dataset).index();
        long cheapestSum = dataset.participants().stream().filter(Participant::mustAttend)
                .filter(participant -> !participant.isSelfFunded())
                .mapToLong(participant -> participant.flies()
                        ? index.allowedItineraries(participant).stream().mapToLong(ItineraryFacts::priceCents).min().orElseThrow()
                        : 0)
                .sum();

        assertThat(dataset.participants().stream().filter(Participant::mustAttend).count()).isPositive();
        assertThat(cheapestSum).isLessThan(Money.toCents(dataset.budget().total()) / 2);
    }

    @Test
    void optionsOutOfRangeAreRejected() {
        assertThatThrownBy(() -> GeneratorOptions.of(49, 1L)).hasMessageContaining("(49)");
        assertThatThrownBy(() -> GeneratorOptions.of(20_001, 1L)).hasMessageContaining("20000");
        assertThatThrownBy(() -> GeneratorOptions.of(300, 1L).withBudgetCoverage(0)).hasMessageContaining("budgetCoverage");
    }

    @Test
    void roomsHaveOneToFourBedsAndPricesGrowWithStars() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(300, 10L));

        assertThat(dataset.hotels()).allSatisfy(hotel -> assertThat(hotel.rooms()).allSatisfy(room ->
                assertThat(room.capacity()).isBetween(1, 4)));
        double twoStarTwin = averageTwinPrice(dataset, 2);
        double fiveStarTwin = averageTwinPrice(dataset, 5);
        assertThat(fiveStarTwin).isGreaterThan(twoStarTwin * 2);
    }

    private static double averageTwinPrice(Dataset dataset, int stars) {
        return dataset.hotels().stream().filter(hotel -> hotel.stars() == stars).map(Hotel::rooms)
                .flatMap(java.util.List::stream).filter(room -> room.capacity() == 2)
                .mapToDouble(room -> room.pricePerNight().doubleValue()).average().orElseThrow();
    }

    static void assertEveryFlyerHasAnItinerary(Dataset dataset) {
        DatasetIndex index = DatasetValidator.valid(dataset).index();
        if (dataset.participants().size() <= 500) {
            assertThat(dataset.participants().stream().filter(Participant::flies))
                    .allSatisfy(participant -> assertThat(index.allowedItineraries(participant)).as(participant.id()).isNotEmpty());
            return;
        }
        // The same rule, looking only at itineraries from the participant's airports (allowedItineraries scans all).
        Map<String, java.util.List<ItineraryFacts>> byOrigin = index.itineraries().values().stream()
                .collect(Collectors.groupingBy(facts -> facts.itinerary().origin()));
        assertThat(dataset.participants().stream().filter(Participant::flies)).allSatisfy(participant ->
                assertThat(participant.homeAirports().stream()
                        .flatMap(origin -> byOrigin.getOrDefault(origin, java.util.List.of()).stream())
                        .anyMatch(facts -> index.allows(participant, facts))).as(participant.id()).isTrue());
    }
}
