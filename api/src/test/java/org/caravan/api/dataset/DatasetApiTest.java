package org.caravan.api.dataset;

import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DatasetApiTest extends ApiTestSupport {

    @Test
    void uploadsAJsonBodyAndListsItWithItsCounts() throws Exception {
        String location = planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(tinyDataset()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/datasets/")))
                .andExpect(jsonPath("$.name").value("Tiny summit"))
                .andExpect(jsonPath("$.participants").value(5))
                .andExpect(jsonPath("$.hotels").value(2))
                .andExpect(jsonPath("$.rooms").value(5))
                .andExpect(jsonPath("$.itineraries").value(4))
                .andExpect(jsonPath("$.createdAt", notNullValue()))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        planner.perform(get("/api/datasets")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        planner.perform(get("/api/datasets/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("caravan-dataset/1"))
                .andExpect(jsonPath("$.participants[4].id").value("p5"));
        planner.perform(get("/api/datasets/{id}/summary", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void uploadsAMultipartFileUnderAGivenName() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "tiny.json", "application/json", tinyDataset().getBytes());
        planner.perform(multipart("/api/datasets").file(file).param("name", "Rehearsal"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/datasets/")))
                .andExpect(jsonPath("$.name").value("Rehearsal"))
                .andExpect(jsonPath("$.participants").value(5));
    }

    @Test
    void refusesAnEmptyMultipartFileOrAMissingPart() throws Exception {
        planner.perform(multipart("/api/datasets").file(new MockMultipartFile("file", "empty.json", "application/json", new byte[0])))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.issues[0].path").value("file"));
        planner.perform(multipart("/api/datasets").file(new MockMultipartFile("other", "x.json", "application/json", "{}".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void malformedJsonIsAProblemDetailNamingWhereItBroke() throws Exception {
        planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content("{\"format\": \"caravan-dataset/1\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.issues[0].path", notNullValue()))
                .andExpect(jsonPath("$.issues[0].message", notNullValue()));
    }

    @Test
    void anInvalidDatasetListsItsIssuesWithJsonPaths() throws Exception {
        String broken = tinyDataset().replace("\"gender\": \"M\", \"nationality\": \"FR\"", "\"gender\": \"Q\", \"nationality\": \"FR\"");
        assertThat(broken).isNotEqualTo(tinyDataset());
        planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid dataset"))
                .andExpect(jsonPath("$.issues[0].path", containsString("participants[4]")))
                .andExpect(jsonPath("$.issues[0].message", notNullValue()))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void anEmptyBodyIsABadRequest() throws Exception {
        planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBodyOverTheSizeLimitIs413() throws Exception {
        byte[] big = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413));
        // Multipart limits are enforced by the servlet container: ServiceProcessIT checks them over real HTTP.
    }

    @Test
    void anUnsupportedContentTypeIs415WithAProblemDetail() throws Exception {
        planner.perform(post("/api/datasets").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownOrMalformedIdsAre404And400() throws Exception {
        planner.perform(get("/api/datasets/{id}", 987654)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("datasetId"))
                .andExpect(jsonPath("$.detail", containsString("987654")));
        planner.perform(get("/api/datasets/{id}", "abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("datasetId"));
        planner.perform(delete("/api/datasets/{id}", 987654)).andExpect(status().isNotFound());
    }

    @Test
    void deletesADatasetWithItsPlans() throws Exception {
        long id = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(id, "{\"timeLimitSeconds\": 1}");
        awaitStatus(planId, SolveState.DONE);

        planner.perform(delete("/api/datasets/{id}", id)).andExpect(status().isNoContent());
        planner.perform(get("/api/datasets/{id}", id)).andExpect(status().isNotFound());
        planner.perform(get("/api/plans/{id}", planId)).andExpect(status().isNotFound());
        planner.perform(get("/api/datasets")).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
    }

    @Test
    void refusesToDeleteADatasetWhileItIsBeingSolved() throws Exception {
        long id = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long planId = startSolve(id, "{\"timeLimitSeconds\": 60}");
        awaitStatus(planId, SolveState.SOLVING);

        planner.perform(delete("/api/datasets/{id}", id)).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("stop")));

        planner.perform(post("/api/plans/{id}/stop", planId)).andExpect(status().isAccepted());
        awaitStatus(planId, SolveState.STOPPED);
        planner.perform(delete("/api/datasets/{id}", id)).andExpect(status().isNoContent());
    }

    @Test
    void unknownPathsAre404ProblemDetailsWithoutAStackTrace() throws Exception {
        planner.perform(get("/api/nothing-here")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(header().string("Content-Type", not(endsWith("html"))));
    }

    /** The organisation check before the handler leaves ids that are no long to the handler's own 400. */
    @Test
    void anIdBeyondALongIs400NotA500() throws Exception {
        planner.perform(get("/api/datasets/{id}", "99999999999999999999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("datasetId"));
        planner.perform(get("/api/plans/{id}/result", "99999999999999999999")).andExpect(status().isBadRequest());
    }
}
