package org.caravan.data.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of docs/FORMAT.md are real files: each matches its schema, the dataset loads, the plan is exactly
 * what the checker recomputes for that dataset, and the change list is the one the changes schema is tested on.
 */
class FormatExamplesTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    private static List<String> examples;

    @BeforeAll
    static void readFormatMd() throws IOException {
        examples = new ArrayList<>();
        Matcher block = JSON_BLOCK.matcher(Files.readString(formatMd()));
        while (block.find()) {
            examples.add(block.group(1));
        }
    }

    /** docs/FORMAT.md from the module's folder (where Maven runs the tests) or from the repository's. */
    static Path formatMd() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/FORMAT.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/FORMAT.md not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void thereIsOneExampleOfEachFormat() {
        assertThat(examples).extracting(json -> Schemas.read(json).path("format").asText())
                .containsExactly("caravan-dataset/1", "caravan-plan/1", "caravan-changes/1");
    }

    @Test
    void everyExampleMatchesTheSchemaOfItsFormat() {
        for (String json : examples) {
            JsonNode example = Schemas.read(json);

            assertThat(Schemas.problems(Schemas.forFormat(example.path("format").asText()), example))
                    .as(example.path("format").asText()).isEmpty();
        }
    }

    @Test
    void theDatasetExampleIsValid_andThePlanExampleIsItsPlanToTheCent() throws IOException {
        ValidDataset dataset = DatasetLoader.load(examples.get(0));
        Plan plan = CaravanJson.readPlan(examples.get(1));

        assertThat(PlanChecker.check(dataset, plan).inconsistencies()).isEmpty();
    }

    @Test
    void theChangeListExampleIsTheTestedResource() {
        assertThat(Schemas.read(examples.get(2))).isEqualTo(Schemas.readResource(ChangesSchemaTest.EXAMPLE));
    }
}
