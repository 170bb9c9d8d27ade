package org.caravan.data.validation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a dataset reports every problem of the file at once, with its path, however the file is broken. */
class DocumentReaderTest {

    private static List<ValidationIssue> issues(String json) {
        try {
            DatasetLoader.load(json);
        } catch (InvalidDatasetException e) {
            return e.issues();
        }
        throw new AssertionError("The dataset was accepted");
    }

    private static Map<String, String> byPath(String json) {
        Map<String, String> byPath = new java.util.LinkedHashMap<>();
        issues(json).forEach(issue -> byPath.merge(issue.path(), issue.message(), (a, b) -> a + " | " + b));
        return byPath;
    }

    @Test
    void typeErrorsDoNotHideTheOtherProblems() {
        String json = TinyDataset.valid()
                .set("/participants/0/gender", "Q")
                .set("/participants/1/priority", "high")
                .set("/participants/2/languages", List.of())
                .set("/hotels/1/stars", 9)
                .json();

        Map<String, String> issues = byPath(json);

        assertThat(issues).containsOnlyKeys("$.participants[0].gender", "$.participants[1].priority",
                "$.participants[2].languages", "$.hotels[1].stars");
        assertThat(issues.get("$.participants[0].gender")).contains("(Q)", "F, M, X").doesNotContain("has no gender");
        assertThat(issues.get("$.participants[1].priority")).contains("(high)", "whole number");
    }

    @Test
    void anUnknownFieldIsAProblem_namingTheFieldItMostLikelyMeant() {
        String json = TinyDataset.valid()
                .set("/participants/0/mustAtend", true)
                .remove("/participants/0/mustAttend")
                .set("/participants/1/priorty", 5)
                .set("/budget/totl", 100)
                .set("/hotels/0/rooms/0/zzzzzzzzzz", 1)
                .json();

        Map<String, String> issues = byPath(json);

        assertThat(issues.get("$.participants[0].mustAtend")).contains("did you mean mustAttend?");
        assertThat(issues.get("$.participants[1].priorty")).contains("did you mean priority?");
        assertThat(issues.get("$.budget.totl")).contains("did you mean total?");
        assertThat(issues.get("$.hotels[0].rooms[0].zzzzzzzzzz")).contains("the fields known here are", "capacity");
        assertThat(issues).hasSize(4);
    }

    @Test
    void theFieldOlderVersionsWroteByMistakeStillLoads() {
        assertThat(DatasetLoader.load(TinyDataset.valid().set("/participants/0/selfFunded", false).json())).isNotNull();
    }

    @Test
    void dataAfterTheDocumentIsRefused() {
        assertThat(issues(TinyDataset.JSON + " {\"more\": 1}")).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("more after the end of the document"));
    }

    @Test
    void aFieldGivenTwiceIsRefusedWithItsPath() {
        String json = TinyDataset.JSON.replace("\"priority\": 2,", "\"priority\": 2, \"priority\": 5,");

        assertThat(issues(json)).singleElement().satisfies(issue -> {
            assertThat(issue.path()).startsWith("$.participants[1]");
            assertThat(issue.message()).contains("Duplicate field 'priority'");
        });
    }

    @Test
    void aHugeNumberIsRefusedWithoutBeingExpanded() {
        String json = TinyDataset.valid().json().replace("\"total\":5000", "\"total\":1e1000000000");

        assertThat(byPath(json)).containsOnlyKeys("$.budget.total")
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(m -> m.contains("too large"), "too large"));
    }

    @Test
    void aNumberWithTooManyDecimalsIsRefused() {
        String json = TinyDataset.valid().json().replace("\"lat\":33.81", "\"lat\":1e-400");

        assertThat(byPath(json)).containsOnlyKeys("$.event.venue.lat");
    }

    @Test
    void coordinatesOutsideTheGlobeAreRefused() {
        String json = TinyDataset.valid().set("/event/venue/lat", 91).set("/airports/0/lon", "NaN")
                .set("/hotels/0/lat", -90.5).json();

        assertThat(byPath(json)).containsOnlyKeys("$.event.venue.lat", "$.airports[0].lon", "$.hotels[0].lat");
    }

    @Test
    void aDateTimeWithAnOffsetIsRefused_localTimesCarryNoZone() {
        String json = TinyDataset.valid().set("/event/arrivalWindow/earliest", "2026-03-23T00:00:00Z").json();

        assertThat(byPath(json).get("$.event.arrivalWindow.earliest")).contains("offset", "local time");
    }

    @Test
    void longTextIsRefusedAndNotEchoed() {
        String code = "X".repeat(100_000);
        String json = TinyDataset.valid().set("/airports/0/code", code).json();

        List<ValidationIssue> issues = issues(json);
        assertThat(issues).extracting(ValidationIssue::path).contains("$.airports[0].code");
        assertThat(issues.toString().length()).isLessThan(20_000);
    }

    @Test
    void deepNestingIsRefused() {
        String json = TinyDataset.JSON.replace("\"format\"", "\"deep\": " + "[".repeat(500) + "]".repeat(500) + ", \"format\"");

        assertThat(issues(json)).singleElement().satisfies(issue -> assertThat(issue.message()).contains("nesting"));
    }

    @Test
    void aMissingFileIsNoProblemOfTheDataset() {
        assertThatThrownBy(() -> DatasetLoader.load(java.nio.file.Path.of("no-such-file.json")))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void aHandWrittenPlansMisspeltFieldIsNamed() {
        String plan = """
                {"format": "caravan-plan/1", "dataset": "Summit 2026", "feasible": true, "penalties": {},
                 "assignments": [{"participant": "p1", "brought": true, "rom": "h1-101", "ticketIssued": false,
                                  "roomConfirmed": false}]}""";

        assertThatThrownBy(() -> PlanLoader.load(plan)).isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).issues()).singleElement()
                        .satisfies(issue -> {
                            assertThat(issue.path()).isEqualTo("$.assignments[0].rom");
                            assertThat(issue.message()).contains("did you mean room?");
                        }));
    }
}
