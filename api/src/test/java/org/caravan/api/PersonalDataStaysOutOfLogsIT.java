package org.caravan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.api.security.Access;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service with the real engine solves, explains and exports the flagship sample (300 participants), and then
 * no line it logged, from the start of the application to the end of the test, names a participant or carries a
 * participant's id: logs go to places (terminals, log collectors) the organisation's access rules do not reach.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataStaysOutOfLogsIT {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Access access;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void solvingExplainingAndExportingTheFlagshipLogsNoNameAndNoParticipantId(CapturedOutput output) throws Exception {
        ApiTestSupport.Caller planner = ApiTestSupport.plannerOfNewOrganisation(access, mvc, "Log test organisation");
        String flagship = flagship();
        JsonNode participants = json.readTree(flagship).get("participants");

        long datasetId = read(planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(flagship))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        long planId = read(planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"timeLimitSeconds\": 2}")).andExpect(status().isAccepted()).andReturn().getResponse()
                .getContentAsString()).get("planId").asLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!read(body(planner, "/api/plans/" + planId)).get("status").asText().equals("DONE")) {
            assertThat(System.nanoTime()).as("the solve ends").isLessThan(deadline);
            Thread.sleep(200);
        }
        String someone = participants.get(21).get("id").asText();
        for (String path : List.of("/result", "/analysis", "/participants/" + someone + "/explanation",
                "/participants/" + someone + "/recommendations?limit=2", "/rooming-lists", "/rooming-lists/h1.csv",
                "/rooming-lists.xlsx", "/flight-manifest.csv", "/arrivals.csv", "/departures", "/costs", "/check")) {
            body(planner, "/api/plans/" + planId + path);
        }
        body(planner, "/api/datasets/" + datasetId);
        planner.perform(get("/api/plans/{id}/participants/{p}/explanation", planId, "nobody-" + someone))
                .andExpect(status().isNotFound());
        planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
                .content(flagship.replace("\"gender\" : \"F\"", "\"gender\" : \"Q\""))).andExpect(status().isBadRequest());
        planner.perform(post("/api/datasets/{id}/participants/{p}/erasure", datasetId, someone)).andExpect(status().isOk());

        List<String> lines = output.getAll().lines().toList();
        assertThat(lines).as("the test saw the service's log").anyMatch(line -> line.contains("Caravan is ready")
                || line.contains("Started"));
        List<String> leaks = new ArrayList<>();
        for (JsonNode participant : participants) {
            Pattern id = Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(participant.get("id").asText())
                    + "(?![A-Za-z0-9_-])");
            String name = participant.get("name").asText();
            for (String line : lines) {
                if (line.contains(name) || id.matcher(line).find()) {
                    leaks.add(participant.get("id").asText() + " / " + name + " in: " + line);
                }
            }
        }
        assertThat(leaks).as("log lines naming a participant").isEmpty();
    }

    private String body(ApiTestSupport.Caller caller, String path) throws Exception {
        return caller.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode read(String text) throws IOException {
        return json.readTree(text);
    }

    private static String flagship() throws IOException {
        try (InputStream in = PersonalDataStaysOutOfLogsIT.class.getResourceAsStream("/samples/djerba-2026.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
