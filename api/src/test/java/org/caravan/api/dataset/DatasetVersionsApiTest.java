package org.caravan.api.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DatasetVersionsApiTest extends ApiTestSupport {

    @Autowired
    private Datasets datasets;

    @Autowired
    private ValidDatasets validDatasets;

    private static String withBudget(int total) {
        String changed = tinyDataset().replace("\"budget\": {\"total\": 20000", "\"budget\": {\"total\": " + total);
        assertThat(changed).isNotEqualTo(tinyDataset());
        return changed;
    }

    @Test
    void aNewVersionIsStoredBesideTheOldOneAndTheDatasetEndpointsShowTheLatest() throws Exception {
        long id = uploadTiny();
        planner.perform(get("/api/datasets/{id}/versions", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].parentVersion").doesNotExist())
                .andExpect(jsonPath("$[0].origin").value("UPLOAD"));

        planner.perform(post("/api/datasets/{id}/versions", id).contentType(MediaType.APPLICATION_JSON).content(withBudget(15000)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/datasets/" + id + "/versions/2")))
                .andExpect(jsonPath("$.datasetId").value(id))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.parentVersion").value(1))
                .andExpect(jsonPath("$.origin").value("UPLOAD"))
                .andExpect(jsonPath("$.participants").value(5));

        planner.perform(get("/api/datasets/{id}/versions/2", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.budget.total").value(15000));
        planner.perform(get("/api/datasets/{id}/versions/1", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.budget.total").value(20000));
        planner.perform(get("/api/datasets/{id}", id)).andExpect(jsonPath("$.budget.total").value(15000));
        planner.perform(get("/api/datasets/{id}/summary", id)).andExpect(jsonPath("$.latestVersion").value(2))
                .andExpect(jsonPath("$.name").value("Tiny summit"));
        planner.perform(get("/api/datasets/{id}/versions", id)).andExpect(jsonPath("$[*].version", contains(1, 2)));
    }

    @Test
    void anInvalidVersionIsRefusedWithEveryProblemAndStoresNothing() throws Exception {
        long id = uploadTiny();
        String broken = tinyDataset().replace("\"gender\": \"M\", \"nationality\": \"FR\"", "\"gender\": \"Q\", \"nationality\": \"FR\"");
        planner.perform(post("/api/datasets/{id}/versions", id).contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid dataset"));
        planner.perform(post("/api/datasets/{id}/versions", id).contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest());
        planner.perform(get("/api/datasets/{id}/versions", id)).andExpect(jsonPath("$.length()").value(1));

        planner.perform(post("/api/datasets/{id}/versions", 987654).contentType(MediaType.APPLICATION_JSON).content(tinyDataset()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("datasetId"));
        planner.perform(get("/api/datasets/{id}/versions/{v}", id, 9)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("version"));
        planner.perform(get("/api/datasets/{id}/versions", 987654)).andExpect(status().isNotFound());
    }

    @Test
    void aPlanRecordsAndSolvesTheVersionItWasMadeFrom() throws Exception {
        long id = uploadTiny();
        planner.perform(post("/api/datasets/{id}/versions", id).contentType(MediaType.APPLICATION_JSON).content(withBudget(15000)))
                .andExpect(status().isCreated());
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        clearInvocations(engine);

        long latest = startSolve(id, "{\"timeLimitSeconds\": 1}");
        assertThat(awaitStatus(latest, SolveState.DONE).get("datasetVersion").asInt()).isEqualTo(2);
        assertThat(solvedBudget()).isEqualByComparingTo("15000");

        clearInvocations(engine);
        long first = startSolve(id, "{\"timeLimitSeconds\": 1, \"datasetVersion\": 1}");
        assertThat(awaitStatus(first, SolveState.DONE).get("datasetVersion").asInt()).isEqualTo(1);
        assertThat(solvedBudget()).isEqualByComparingTo("20000");
        planner.perform(get("/api/datasets/{id}/plans", id)).andExpect(jsonPath("$[*].datasetVersion", contains(2, 1)));

        planner.perform(post("/api/datasets/{id}/plans", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetVersion\": 9}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("$.datasetVersion"));
    }

    private BigDecimal solvedBudget() {
        ArgumentCaptor<ValidDataset> solved = ArgumentCaptor.forClass(ValidDataset.class);
        verify(engine, timeout(2000)).solve(solved.capture(), any(), any());
        return solved.getValue().dataset().budget().total();
    }

    @Test
    void otherFeaturesAddVersionsMadeFromAnyEarlierVersion() throws Exception {
        long id = uploadTiny();
        Dataset original = CaravanJson.readDataset(tinyDataset());
        Dataset cut = withTotal(original, new BigDecimal("12000"));
        planner.perform(post("/api/datasets/{id}/versions", id).contentType(MediaType.APPLICATION_JSON).content(withBudget(15000)))
                .andExpect(status().isCreated());

        DatasetVersionSummary changed = inTestOrganisation(() -> datasets.addVersion(id, 1, cut, DatasetOrigin.CHANGES));

        assertThat(changed.version()).isEqualTo(3);
        assertThat(changed.parentVersion()).isEqualTo(1);
        assertThat(changed.origin()).isEqualTo(DatasetOrigin.CHANGES);
        assertThat(inTestOrganisation(() -> datasets.valid(new DatasetVersionId(id, 3))).dataset().budget().total()).isEqualByComparingTo("12000");
        JsonNode stored = json.readTree(inTestOrganisation(() -> datasets.json(new DatasetVersionId(id, 3))));
        assertThat(stored.get("budget").get("total").decimalValue()).isEqualByComparingTo("12000");

        Dataset invalid = original.withPolicy(new org.caravan.data.dataset.Policy(original.policy().roommateCountry(), 9,
                original.policy().arrivalSlotMinutes(), original.policy().weights()));
        assertThatThrownBy(() -> inTestOrganisation(() -> datasets.addVersion(id, 3, invalid, DatasetOrigin.CHANGES)))
                .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("$.policy.vipMinStars");
        assertThatThrownBy(() -> inTestOrganisation(() -> datasets.addVersion(id, 4, cut, DatasetOrigin.CHANGES)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no version 4");
        assertThat(inTestOrganisation(() -> datasets.versions(id))).extracting(DatasetVersionSummary::version).containsExactly(1, 2, 3);
    }

    private static Dataset withTotal(Dataset dataset, BigDecimal total) {
        Budget budget = dataset.budget();
        return new Dataset(dataset.format(), dataset.event(), new Budget(total, budget.funds()), dataset.policy(),
                dataset.airports(), dataset.participants(), dataset.hotels(), dataset.flights(), dataset.visaRules());
    }

    @Test
    void resultsAndExplanationsUseTheCachedVersionInsteadOfReadingItAgain() throws Exception {
        long before = validDatasets.loads();
        long id = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(id, "{\"timeLimitSeconds\": 1, \"policy\": {\"roommateCountry\": \"IGNORE\"}}");
        awaitStatus(planId, SolveState.DONE);
        for (String path : new String[] {"rooming-lists", "flight-manifest", "arrivals", "departures", "costs", "check"}) {
            planner.perform(get("/api/plans/{id}/" + path, planId)).andExpect(status().isOk());
        }
        assertThat(validDatasets.loads() - before).as("the upload reads the dataset; nothing after it").isEqualTo(1);
    }
}
