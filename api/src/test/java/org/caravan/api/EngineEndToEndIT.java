package org.caravan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import org.caravan.api.security.Access;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service with the real engine on a small generated dataset: a short solve, then every result and explanation
 * endpoint on the plan it produced, and the independent checker's costs against the solver's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EngineEndToEndIT {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private Access access;

    private ApiTestSupport.Caller planner;

    @BeforeEach
    void planner() {
        planner = ApiTestSupport.plannerOfNewOrganisation(access, mvc, "End-to-end organisation");
    }

    @Test
    void solvesExplainsAndExportsAGeneratedDataset() throws Exception {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(60, 11).withBudgetCoverage(0.7));
        JsonNode uploaded = read(planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
                .content(CaravanJson.toJson(dataset))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long datasetId = uploaded.get("id").asLong();
        assertThat(uploaded.get("participants").asInt()).isEqualTo(60);

        JsonNode started = read(planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"timeLimitSeconds\": 3}")).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        long planId = started.get("planId").asLong();
        JsonNode done = awaitDone(planId);
        assertThat(done.get("brought").asInt()).isPositive();

        JsonNode plan = read(body("/api/plans/" + planId + "/result"));
        assertThat(plan.get("format").asText()).isEqualTo("caravan-plan/1");
        assertThat(plan.get("assignments")).hasSize(60);
        JsonNode costs = read(body("/api/plans/" + planId + "/costs"));
        assertThat(costs.get("total").decimalValue()).isEqualByComparingTo(plan.get("costs").get("total").decimalValue());
        assertThat(done.get("totalCost").decimalValue()).isEqualByComparingTo(plan.get("costs").get("total").decimalValue());

        JsonNode analysis = read(body("/api/plans/" + planId + "/analysis"));
        assertThat(analysis.get("rules").size()).isPositive();
        assertThat(analysis.get("score").get("soft").decimalValue())
                .isEqualByComparingTo(plan.get("score").get("soft").decimalValue());

        String brought = null;
        String left = null;
        for (JsonNode assignment : plan.get("assignments")) {
            if (assignment.get("brought").asBoolean() && brought == null) {
                brought = assignment.get("participant").asText();
            } else if (!assignment.get("brought").asBoolean() && left == null) {
                left = assignment.get("participant").asText();
            }
        }
        JsonNode why = read(body("/api/plans/" + planId + "/participants/" + brought + "/explanation"));
        assertThat(why.get("participant").asText()).isEqualTo(brought);
        assertThat(why.get("brought").asBoolean()).isTrue();
        if (left != null) {
            JsonNode whyNot = read(body("/api/plans/" + planId + "/participants/" + left + "/explanation"));
            assertThat(whyNot.get("brought").asBoolean()).isFalse();
            JsonNode recommendations = read(body("/api/plans/" + planId + "/participants/" + left + "/recommendations?limit=3"));
            assertThat(recommendations.get("options").size()).isBetween(0, 3);
            assertThat(recommendations.get("summary").asText()).isNotBlank();
        }
        assertThat(read(body("/api/plans/" + planId + "/result"))).as("explaining changes nothing").isEqualTo(plan);

        JsonNode rooming = read(body("/api/plans/" + planId + "/rooming-lists"));
        assertThat(rooming.size()).isPositive();
        assertThat(body("/api/plans/" + planId + "/flight-manifest.csv")).startsWith("\uFEFFsegment,");
        assertThat(read(body("/api/plans/" + planId + "/arrivals")).size()).isPositive();
    }

    private JsonNode awaitDone(long planId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode status = read(body("/api/plans/" + planId));
        while (!status.get("status").asText().equals("DONE")) {
            assertThat(status.get("status").asText()).as(status.toString()).isIn("QUEUED", "SOLVING");
            assertThat(System.nanoTime()).as("still not done: " + status).isLessThan(deadline);
            Thread.sleep(200);
            status = read(body("/api/plans/" + planId));
        }
        return status;
    }

    private String body(String path) throws Exception {
        return planner.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode read(String text) throws Exception {
        return json.readTree(text);
    }
}
