package org.caravan.data.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.FlagshipSample;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.TinyDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dataset schema accepts what Caravan writes and loads (the flagship sample, generated datasets), and rejects,
 * with the JSON path, the one-field mistakes the loader rejects, so that a client checking a file against the schema
 * learns of them before uploading it.
 */
class DatasetSchemaTest {

    @Test
    void theFlagshipSampleAsCommittedMatchesTheSchema() throws IOException {
        JsonNode sample = CaravanJson.mapper().readTree(Path.of("samples", FlagshipSample.FILE_NAME).toFile());

        assertThat(Schemas.problems(Schemas.schema(Schemas.DATASET), sample)).isEmpty();
    }

    @Test
    void generatedDatasetsMatchTheSchema() {
        for (GeneratorOptions options : List.of(GeneratorOptions.of(50, 50L), GeneratorOptions.of(300, 301L)
                .withBudgetCoverage(0.7), GeneratorOptions.of(120, 7L))) {
            String json = CaravanJson.toJson(DatasetGenerator.generate(options));

            assertThat(Schemas.problems(Schemas.DATASET, json)).as("generated %s", options).isEmpty();
        }
    }

    @Test
    void theSmallestDatasetTheLoaderAccepts_theSchemaAcceptsToo() {
        String json = """
                {"format": "caravan-dataset/1",
                 "event": {"name": "Day meeting", "timeZone": "Africa/Tunis",
                           "venue": {"airport": "DJE"}, "firstDay": "2026-03-25", "lastDay": "2026-03-25",
                           "arrivalWindow": {"earliest": "2026-03-24T00:00", "latest": "2026-03-25T08:00"},
                           "departureWindow": {"earliest": "2026-03-25T16:00", "latest": "2026-03-26T12:00"}},
                 "budget": {"total": 0},
                 "airports": [{"code": "DJE", "country": "TN", "timeZone": "Africa/Tunis"}]}""";

        DatasetLoader.load(json);
        assertThat(Schemas.problems(Schemas.DATASET, json)).isEmpty();
    }

    /** One mistake each; the loader and the schema both refuse it, and the schema names the same place. */
    static Stream<Arguments> mistakesBothRefuse() {
        return Stream.of(
                mistake("/format", "caravan-dataset/2", "/format"),
                mistake("/event/timeZone", null, "/event/timeZone"),
                mistake("/event/currency", "eur", "/event/currency"),
                mistake("/event/name", " ", "/event/name"),
                mistake("/event/firstDay", null, "/event/firstDay"),
                mistake("/event/arrivalWindow/latest", "2026-03-25", "/event/arrivalWindow/latest"),
                mistake("/budget/total", -1, "/budget/total"),
                mistake("/budget/total", new BigDecimal("100.005"), "/budget/total"),
                mistake("/budget/total", new BigDecimal("1000000000000.01"), "/budget/total"),
                mistake("/budget/funds/0/id", "SELF", "/budget/funds/0/id"),
                mistake("/budget/funds/0/amount", null, "/budget/funds/0/amount"),
                mistake("/policy/vipMinStars", 0, "/policy/vipMinStars"),
                mistake("/policy/arrivalSlotMinutes", 1441, "/policy/arrivalSlotMinutes"),
                mistake("/policy/roommateCountry", "mix", "/policy/roommateCountry"),
                mistake("/policy/weights", Map.of("perStop", -5), "/policy/weights/perStop"),
                mistake("/airports/1/country", "tn", "/airports/1/country"),
                mistake("/airports/1/timeZone", null, "/airports/1/timeZone"),
                mistake("/participants/0/gender", "Q", "/participants/0/gender"),
                mistake("/participants/0/priority", 6, "/participants/0/priority"),
                mistake("/participants/0/priority", 2.5, "/participants/0/priority"),
                mistake("/participants/0/priority", null, "/participants/0/priority"),
                mistake("/participants/0/role", "HEAD", "/participants/0/role"),
                mistake("/participants/0/nationality", "Burkina", "/participants/0/nationality"),
                mistake("/participants/0/name", null, "/participants/0/name"),
                mistake("/participants/0/languages", List.of(), "/participants/0/languages"),
                mistake("/participants/0/homeAirports", List.of(), "/participants/0/homeAirports"),
                mistake("/participants/0/fund", "general", "/participants/0/fund"),
                mistake("/participants/0/travelMode", "CAR", "/participants/0/travelMode"),
                mistake("/participants/0/fixedArrival", "25/03/2026 10:00", "/participants/0/fixedArrival"),
                mistake("/participants/0/roommateRequests", List.of("p2", "p2"), "/participants/0/roommateRequests"),
                mistake("/participants/1/needs", Map.of("singleRoom", true), "/participants/1/needs"),
                mistake("/hotels/0/stars", 6, "/hotels/0/stars"),
                mistake("/hotels/0/distanceKm", -1, "/hotels/0/distanceKm"),
                mistake("/hotels/0/taxPerPersonNight", -1.5, "/hotels/0/taxPerPersonNight"),
                mistake("/hotels/0/rooms/0/capacity", 0, "/hotels/0/rooms/0/capacity"),
                mistake("/hotels/0/rooms/0/pricePerNight", null, "/hotels/0/rooms/0/pricePerNight"),
                mistake("/hotels/0/rooms/0/accessible", null, "/hotels/0/rooms/0/accessible"),
                mistake("/hotels/0/rooms/0/available", null, "/hotels/0/rooms/0/available"),
                mistake("/flights/segments/0/seats", -1, "/flights/segments/0/seats"),
                mistake("/flights/segments/0/carrier", "", "/flights/segments/0/carrier"),
                mistake("/flights/segments/0/departure", null, "/flights/segments/0/departure"),
                mistake("/flights/itineraries/0/return", List.of(), "/flights/itineraries/0/return"),
                mistake("/flights/itineraries/0/price", null, "/flights/itineraries/0/price"),
                mistake("/visaRules/0/purpose", "VISIT", "/visaRules/0/purpose"),
                mistake("/visaRules/0/obtainable", null, "/visaRules/0/obtainable"),
                mistake("/visaRules/0/fee", -35, "/visaRules/0/fee"));
    }

    private static Arguments mistake(String pointer, Object value, String schemaPath) {
        return Arguments.of(pointer + " = " + value, (UnaryOperator<TinyDataset>) tiny -> tiny.set(pointer, value), schemaPath);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakesBothRefuse")
    void aMistakeTheLoaderRefuses_theSchemaRefusesAtTheSamePlace(String mistake, UnaryOperator<TinyDataset> edit,
            String path) {
        String json = edit.apply(TinyDataset.valid()).json();

        assertThatThrownBy(() -> DatasetLoader.load(json)).isInstanceOf(InvalidDatasetException.class);
        assertThat(Schemas.problems(Schemas.DATASET, json)).as("the schema on %s, which the loader refuses", mistake)
                .isNotEmpty().allMatch(problem -> problem.startsWith(path));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        String json = TinyDataset.valid().remove("/participants/0/gender").remove("/hotels/0/rooms/0/accessible")
                .remove("/flights/segments/1/to").json();

        assertThat(Schemas.problems(Schemas.DATASET, json)).containsExactlyInAnyOrder(
                "/participants/0: required property 'gender' not found",
                "/hotels/0/rooms/0: required property 'accessible' not found",
                "/flights/segments/1: required property 'to' not found");
    }

    @Test
    void aFlyerNeedsAHomeAirport_someoneWhoComesByRoadDoesNot() {
        assertThat(Schemas.problems(Schemas.DATASET, TinyDataset.valid().remove("/participants/1/homeAirports").json()))
                .containsExactly("/participants/1: required property 'homeAirports' not found");
        assertThat(Schemas.problems(Schemas.DATASET, TinyDataset.valid().remove("/participants/2/homeAirports").json()))
                .isEmpty();
    }

    /** The contract the loader is moving to: unknown fields are an error, so a misspelt must-attend is not lost. */
    @Test
    void unknownAndMisspeltFieldsAreRefusedWithTheirPath() {
        String json = TinyDataset.valid().set("/participants/1/mustAtend", true).set("/participants/1/priorty", 5)
                .set("/budget/totl", 1000).json();

        assertThat(Schemas.problems(Schemas.DATASET, json)).containsExactlyInAnyOrder(
                "/participants/1: property 'mustAtend' is not defined in the schema and the schema does not allow additional properties",
                "/participants/1: property 'priorty' is not defined in the schema and the schema does not allow additional properties",
                "/budget: property 'totl' is not defined in the schema and the schema does not allow additional properties");
    }

    @Test
    void localDateTimesCarryNoOffset_andCoordinatesStayOnTheGlobe() {
        String json = TinyDataset.valid().set("/flights/segments/0/departure", "2026-03-24T08:00Z")
                .set("/event/firstDay", "2026-03-25T00:00").set("/airports/0/lat", 91).json();

        assertThat(Schemas.problems(Schemas.DATASET, json)).hasSize(3)
                .anyMatch(problem -> problem.startsWith("/flights/segments/0/departure"))
                .anyMatch(problem -> problem.startsWith("/event/firstDay"))
                .anyMatch(problem -> problem.startsWith("/airports/0/lat"));
    }

    @Test
    void optionalFieldsMayBeNull_meaningTheirDefault() {
        String json = TinyDataset.valid().set("/policy", null).set("/participants/0/role", null)
                .set("/participants/0/needs", null).set("/participants/0/visasHeld", null).set("/hotels/0/taxPerPersonNight", null)
                .set("/flights/segments/0/seats", null).set("/visaRules/0/fee", null).json();

        DatasetLoader.load(json);
        assertThat(Schemas.problems(Schemas.DATASET, json)).isEmpty();
    }
}
