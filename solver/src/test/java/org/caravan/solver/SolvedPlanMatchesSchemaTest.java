package org.caravan.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan the engine writes, people left out included, is a caravan-plan/1 document by the schema the data jar
 * publishes (org/caravan/data/schema/caravan-plan-1.schema.json).
 */
class SolvedPlanMatchesSchemaTest {

    private static final Schema PLAN_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:org/caravan/data/schema/caravan-plan-1.schema.json"));

    @Test
    void aPlanTheEngineWritesMatchesThePublishedPlanSchema() throws IOException {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(50, 3L).withBudgetCoverage(0.6));
        Plan plan;
        try (PlanningEngine engine = new PlanningEngine()) {
            plan = engine.solve(DatasetValidator.valid(dataset), SolveOptions.forSeconds(1), progress -> { });
        }
        assertThat(plan.assignments()).anyMatch(Assignment::brought)
                .anyMatch(assignment -> !assignment.brought() && assignment.whyNotBrought() != null
                        && !assignment.whyNotBrought().isEmpty());

        JsonNode written = CaravanJson.mapper().readTree(CaravanJson.toJson(plan));

        assertThat(PLAN_SCHEMA.validate(written)).extracting(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .isEmpty();
    }
}
