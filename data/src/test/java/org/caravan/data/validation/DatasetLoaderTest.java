package org.caravan.data.validation;

import org.caravan.data.dataset.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatasetLoaderTest {

    private static ValidationIssue onlyIssue(String json) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(json));
        assertThat(e).as("the load fails").isNotNull();
        assertThat(e.issues()).hasSize(1);
        return e.issues().get(0);
    }

    @Test
    void loadsAValidDatasetFromTextStreamAndFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summit.json");
        Files.writeString(file, TinyDataset.JSON);

        Dataset fromText = DatasetLoader.load(TinyDataset.JSON).dataset();
        Dataset fromStream = DatasetLoader.load(new ByteArrayInputStream(TinyDataset.JSON.getBytes(StandardCharsets.UTF_8))).dataset();
        Dataset fromFile = DatasetLoader.load(file).dataset();

        assertThat(fromText.participants()).extracting(p -> p.name())
                .containsExactly("Awa Ouedraogo", "Salma Ben Ali", "Karim Trabelsi");
        assertThat(fromStream).isEqualTo(fromText);
        assertThat(fromFile).isEqualTo(fromText);
    }

    @Test
    void malformedJsonNamesWhereTheParserStopped() {
        // a missing comma between two fields of the second participant
        String broken = TinyDataset.JSON.replace("\"name\": \"Salma Ben Ali\", \"gender\"", "\"name\": \"Salma Ben Ali\" \"gender\"");

        ValidationIssue issue = onlyIssue(broken);

        assertThat(issue.path()).startsWith("$.participants[1]");
        assertThat(issue.message()).contains("not valid JSON", "line 21, column 42");
    }

    @Test
    void aTruncatedFileIsMalformed() {
        ValidationIssue issue = onlyIssue(TinyDataset.JSON.substring(0, TinyDataset.JSON.indexOf("\"hotels\"")));

        assertThat(issue.message()).contains("not valid JSON");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsPath() {
        ValidationIssue issue = onlyIssue(TinyDataset.valid().set("/hotels/0/rooms/1/capacity", "one").json());

        assertThat(issue.path()).isEqualTo("$.hotels[0].rooms[1].capacity");
        assertThat(issue.message()).isEqualTo("The value (one) is not a whole number.");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNotTruncated() {
        ValidationIssue issue = onlyIssue(TinyDataset.valid().set("/participants/0/priority", 2.7).json());

        assertThat(issue.path()).isEqualTo("$.participants[0].priority");
        assertThat(issue.message()).isEqualTo("The value (2.7) is not a whole number.");
    }

    @Test
    void anObjectWhereAListIsExpectedNamesItsPath() {
        ValidationIssue issue = onlyIssue(TinyDataset.valid().set("/participants/2/languages", java.util.Map.of("ar", true)).json());

        assertThat(issue.path()).isEqualTo("$.participants[2].languages");
        assertThat(issue.message()).isEqualTo("Expected a list here, but found an object.");
    }

    @Test
    void aBadDateNamesItsPathAndTheExpectedForm() {
        ValidationIssue issue = onlyIssue(TinyDataset.valid().set("/flights/segments/2/departure", "2026-03-29 07:00").json());

        assertThat(issue.path()).isEqualTo("$.flights.segments[2].departure");
        assertThat(issue.message()).contains("(2026-03-29 07:00)", "YYYY-MM-DDTHH:MM");
    }

    @Test
    void anUnknownEnumValueNamesItsPathAndTheAllowedValues() {
        ValidationIssue issue = onlyIssue(TinyDataset.valid().set("/participants/1/gender", "W").json());

        assertThat(issue.path()).isEqualTo("$.participants[1].gender");
        assertThat(issue.message()).isEqualTo("The value (W) is not a known gender; use one of F, M, X.");
    }

    @Test
    void anUnknownVisaPurposeNamesItsPath() {
        ValidationIssue issue = onlyIssue(TinyDataset.valid().set("/visaRules/0/purpose", "TOURISM").json());

        assertThat(issue.path()).isEqualTo("$.visaRules[0].purpose");
        assertThat(issue.message()).contains("(TOURISM)", "visa purpose", "ENTRY, TRANSIT");
    }

    @Test
    void theReturnLegIsNamedAsInTheFile() {
        ValidationIssue issue = onlyIssue(TinyDataset.valid().set("/flights/itineraries/0/return", "s3").json());

        assertThat(issue.path()).isEqualTo("$.flights.itineraries[0].return");
    }

    @Test
    void nullForATrueOrFalseFieldIsRefused() {
        ValidationIssue issue = onlyIssue(TinyDataset.valid().set("/hotels/1/rooms/0/accessible", null).json());

        assertThat(issue.path()).isEqualTo("$.hotels[1].rooms[0].accessible");
        assertThat(issue.message()).contains("true or false");
    }

    @Test
    void anAbsentTrueOrFalseFieldIsReportedAsMissing() {
        // Room.accessible is a primitive and the mapper refuses null for primitives, so absence is refused too.
        ValidationIssue issue = onlyIssue(TinyDataset.valid().remove("/hotels/1/rooms/0/accessible").json());

        assertThat(issue.path()).isEqualTo("$.hotels[1].rooms[0].accessible");
        assertThat(issue.message()).isEqualTo("The field accessible is missing; give true or false.");
    }

    @Test
    void anEmptyFileIsReported() {
        ValidationIssue issue = onlyIssue("");

        assertThat(issue.path()).isEqualTo("$");
        assertThat(issue.message()).contains("empty");
    }

    @Test
    void aFileThatReadsWellIsThenValidatedWithEveryProblem() {
        String json = TinyDataset.valid().set("/format", "v1").set("/participants/0/priority", 8).json();

        assertThatThrownBy(() -> DatasetLoader.load(json))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.issues())
                        .extracting(ValidationIssue::path).containsExactly("$.format", "$.participants[0].priority"))
                .hasMessageContaining("2 problem(s)");
    }

    @Test
    void aMissingFileIsAnInputProblemNotADatasetProblem(@TempDir Path dir) {
        assertThatThrownBy(() -> DatasetLoader.load(dir.resolve("missing.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.json");
    }
}
