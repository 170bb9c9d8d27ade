package org.caravan.api.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.SolveOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenarios over the API with a stand-in engine that brings whoever its dataset holds, as the tiny plan places
 * them, and remembers the dataset each solve was given: so what a scenario changes is seen where the engine reads it.
 */
class ScenarioApiTest extends ApiTestSupport {

    /** The dataset each solve was handed, by the time limit asked (each test asks its own). */
    private final Map<Long, ValidDataset> solvedWith = new ConcurrentHashMap<>();

    @BeforeEach
    void engineBringsWhoeverItsDatasetHolds() {
        when(engine.solve(any(), any(), any())).thenAnswer(invocation -> {
            ValidDataset dataset = invocation.getArgument(0);
            SolveOptions options = invocation.getArgument(1);
            solvedWith.put(options.timeLimit().toSeconds(), dataset);
            Plan tiny = tinyPlan();
            return new Plan(tiny.format(), tiny.dataset(), tiny.version(), tiny.score(), tiny.feasible(),
                    tiny.assignments().stream().filter(a -> dataset.index().participant(a.participant()) != null).toList(),
                    tiny.costs(), tiny.penalties());
        });
    }

    private JsonNode createScenario(long datasetId, String body) throws Exception {
        MvcResult result = planner.perform(post("/api/datasets/{id}/scenarios", datasetId)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("Location", containsString("/api/scenarios/")))
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    private long solveScenario(long scenarioId, int seconds) throws Exception {
        MvcResult result = planner.perform(post("/api/scenarios/{id}/plans", scenarioId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"timeLimitSeconds\": " + seconds + "}"))
                .andExpect(status().isAccepted()).andExpect(header().string("Location", containsString("/api/plans/")))
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("planId").asLong();
    }

    @Test
    void everyKindOfOverrideReachesTheSolve() throws Exception {
        long datasetId = uploadTiny();
        JsonNode scenario = createScenario(datasetId, """
                {"name": "Tight and close to home",
                 "overrides": {"budgetTotal": 15000, "fundAmounts": {"fund-a": 5000}, "hotelsOff": ["h2"],
                               "roomsOff": ["h1-103"], "maxStops": 0, "noLongLayovers": true,
                               "priorities": [{"country": "FR", "priority": 5}, {"role": "STAFF", "mustAttend": true}],
                               "excludedParticipants": ["p5"]},
                 "policy": {"vipMinStars": 3}}""");
        assertThat(scenario.get("datasetVersion").asInt()).isEqualTo(1);

        long planId = solveScenario(scenario.get("id").asLong(), 7);
        awaitStatus(planId, SolveState.DONE);

        ValidDataset solved = solvedWith.get(7L);
        assertThat(solved.dataset().budget().total()).isEqualByComparingTo("15000");
        assertThat(solved.dataset().budget().funds().get(0).amount()).isEqualByComparingTo("5000");
        assertThat(solved.dataset().hotels()).extracting(Hotel::id).containsExactly("h1");
        assertThat(solved.index().room("h1-103")).isNull();
        assertThat(solved.index().itineraries()).doesNotContainKey("it-cdg-1").containsKey("it-cdg-2");
        assertThat(solved.index().participant("p3").priority()).isEqualTo(5);
        assertThat(solved.index().participant("p4").mustAttend()).isTrue();
        assertThat(solved.dataset().participants()).extracting(Participant::id).doesNotContain("p5");
        assertThat(solved.dataset().policy().vipMinStars()).isEqualTo(3);

        planner.perform(get("/api/scenarios/{id}/plans", scenario.get("id").asLong())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].planId").value((int) planId))
                .andExpect(jsonPath("$[0].participants").value(4));
        planner.perform(get("/api/datasets/{id}/scenarios", datasetId)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Tight and close to home"))
                .andExpect(jsonPath("$[0].overrides.hotelsOff[0]").value("h2"))
                .andExpect(jsonPath("$[0].plans[0].status").value("DONE"));
        // The plan's documents are judged against the scenario's dataset, not the stored one.
        planner.perform(get("/api/plans/{id}/result", planId)).andExpect(status().isOk());
    }

    @Test
    void anOverrideThatNamesNothingOrBreaksTheDatasetIsA400NamingIt() throws Exception {
        long datasetId = uploadTiny();
        planner.perform(post("/api/datasets/{id}/scenarios", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"overrides\": {\"hotelsOff\": [\"h9\"], \"fundAmounts\": {\"fund-z\": 3}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[*].path", hasItem("$.overrides.hotelsOff[0]")))
                .andExpect(jsonPath("$.issues[*].path", hasItem("$.overrides.fundAmounts.fund-z")));
        planner.perform(post("/api/datasets/{id}/scenarios", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"no hotels\", \"overrides\": {\"hotelsOff\": [\"h1\", \"h2\"]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("$.overrides.hotelsOff"));
        planner.perform(post("/api/datasets/{id}/scenarios", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"old\", \"datasetVersion\": 4}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("$.datasetVersion"));
        planner.perform(post("/api/datasets/{id}/scenarios", datasetId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrides\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("name")));
        planner.perform(get("/api/datasets/{id}/scenarios", datasetId)).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void twoScenariosSolvedAtOnceCompareByNameAndInCsv() throws Exception {
        long datasetId = uploadTiny();
        long all = createScenario(datasetId, "{\"name\": \"Everyone\"}").get("id").asLong();
        long withoutClaire = createScenario(datasetId,
                "{\"name\": \"Without Paris\", \"overrides\": {\"excludedParticipants\": [\"p3\"]}}").get("id").asLong();
        long first = solveScenario(all, 3);
        long second = solveScenario(withoutClaire, 4);
        awaitStatus(first, SolveState.DONE);
        awaitStatus(second, SolveState.DONE);

        JsonNode comparison = json.readTree(planner.perform(get("/api/plans/compare").param("ids", first + "," + second))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(comparison.get("plans").get(0).get("label").asText()).isEqualTo("plan " + first + " (Everyone)");
        assertThat(comparison.get("plans").get(1).get("participants").asInt()).isEqualTo(4);
        JsonNode difference = comparison.get("brought").get(0);
        assertThat(difference.get("onlyInBaseline").findValuesAsText("name")).containsExactly("Claire Martin");
        assertThat(difference.get("onlyInBaseline").findValuesAsText("id")).containsExactly("p3");
        assertThat(difference.get("onlyInOther")).isEmpty();
        assertThat(comparison.get("plans").get(0).get("broughtByCountry").get("FR").asInt()).isEqualTo(1);
        assertThat(comparison.get("plans").get(1).get("broughtByCountry").has("FR")).isFalse();
        assertThat(comparison.get("plans").get(0).get("statistics").get("costPerPerson").get("count").asInt()).isEqualTo(4);
        assertThat(comparison.get("rules").findValuesAsText("rule")).contains("BUDGET_EXCEEDED", "perStop");

        String csv = planner.perform(get("/api/plans/compare.csv").param("ids", first + "," + second))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsection,key,plan " + first + " (Everyone),plan " + second + " (Without Paris)")
                .contains("p3,Claire Martin");
        planner.perform(get("/api/plans/compare").param("ids", String.valueOf(first)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.issues[0].path").value("ids"));
    }

    @Test
    void anotherOrganisationSeesNoScenarioAndAViewerOnlyReads() throws Exception {
        long datasetId = uploadTiny();
        long scenario = createScenario(datasetId, "{\"name\": \"Ours\"}").get("id").asLong();
        long plan = solveScenario(scenario, 2);
        long other = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(plan, SolveState.DONE);
        awaitStatus(other, SolveState.DONE);

        stranger.perform(get("/api/scenarios/{id}", scenario)).andExpect(status().isNotFound());
        stranger.perform(post("/api/scenarios/{id}/plans", scenario)).andExpect(status().isNotFound());
        stranger.perform(delete("/api/scenarios/{id}", scenario)).andExpect(status().isNotFound());
        stranger.perform(get("/api/datasets/{id}/scenarios", datasetId)).andExpect(status().isNotFound());
        stranger.perform(get("/api/plans/compare").param("ids", plan + "," + other)).andExpect(status().isNotFound());
        viewer.perform(get("/api/scenarios/{id}", scenario)).andExpect(status().isOk());
        viewer.perform(get("/api/plans/compare").param("ids", plan + "," + other)).andExpect(status().isOk());
        viewer.perform(post("/api/datasets/{id}/scenarios", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Theirs\"}")).andExpect(status().isForbidden());
        viewer.perform(post("/api/scenarios/{id}/plans", scenario)).andExpect(status().isForbidden());
        viewer.perform(delete("/api/scenarios/{id}", scenario)).andExpect(status().isForbidden());

        planner.perform(delete("/api/scenarios/{id}", scenario)).andExpect(status().isNoContent());
        planner.perform(get("/api/scenarios/{id}", scenario)).andExpect(status().isNotFound());
        // Its plan stays, solved as it was.
        planner.perform(get("/api/plans/{id}", plan)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
        planner.perform(get("/api/plans/compare").param("ids", plan + "," + other)).andExpect(status().isOk())
                .andExpect(jsonPath("$.plans[0].label").value("plan " + plan));
    }
}
