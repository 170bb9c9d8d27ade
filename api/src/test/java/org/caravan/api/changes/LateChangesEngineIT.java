package org.caravan.api.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.security.Access;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Late changes through REST with the real engine: a published plan, half of it booked, then a change set that
 * withdraws the room of someone not booked and cancels another: in the re-plan every booked ticket keeps its
 * itinerary and every confirmed room its room, and the change list names the changes behind the moves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LateChangesEngineIT {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Access access;

    private final ObjectMapper json = new ObjectMapper();
    private ApiTestSupport.Caller planner;

    @BeforeEach
    void planner() {
        planner = ApiTestSupport.plannerOfNewOrganisation(access, mvc, "Late changes organisation");
    }

    @Test
    void aReplanThroughRestKeepsEveryBookedItineraryAndRoom() throws Exception {
        String dataset = CaravanJson.toJson(DatasetGenerator.generate(GeneratorOptions.of(60, 7).withBudgetCoverage(0.8)));
        long datasetId = read(planner.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(dataset))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        long published = read(planner.perform(post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"timeLimitSeconds\": 3}")).andExpect(status().isAccepted()).andReturn().getResponse()
                .getContentAsString()).get("planId").asLong();
        awaitEnd(published);

        long booked = accepted(post("/api/plans/{id}/bookings", published).param("timeLimitSeconds", "2")
                .contentType(MediaType.APPLICATION_JSON).content("{\"select\": \"HALF\"}"));
        awaitEnd(booked);
        JsonNode bookedPlan = result(booked);
        Map<String, JsonNode> bookings = new LinkedHashMap<>();
        java.util.Set<String> bookedRooms = new java.util.HashSet<>();
        for (JsonNode a : bookedPlan.get("assignments")) {
            if (a.get("ticketIssued").asBoolean() || a.get("roomConfirmed").asBoolean()) {
                bookings.put(a.get("participant").asText(), a);
                bookedRooms.add(a.path("room").asText());
            }
        }
        // A room nobody booked sleeps in (so no booking breaks), and someone else not booked to cancel.
        String withdrawnRoom = null;
        String cancelled = null;
        for (JsonNode a : bookedPlan.get("assignments")) {
            String id = a.get("participant").asText();
            if (!a.get("brought").asBoolean() || bookings.containsKey(id)) {
                continue;
            }
            if (withdrawnRoom == null && !a.get("room").isNull() && !bookedRooms.contains(a.get("room").asText())) {
                withdrawnRoom = a.get("room").asText();
            } else if (cancelled == null) {
                cancelled = id;
            }
        }
        assertThat(bookings).hasSizeGreaterThan(5);
        assertThat(withdrawnRoom).isNotNull();
        assertThat(cancelled).isNotNull();

        long replan = accepted(post("/api/plans/{id}/changes", booked).param("timeLimitSeconds", "3")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"format": "caravan-changes/1", "changes": [
                          {"type": "WITHDRAW_ROOMS", "rooms": ["%s"]},
                          {"type": "CANCEL_PARTICIPANT", "participant": "%s", "sunkCost": 10}]}"""
                        .formatted(withdrawnRoom, cancelled)));
        String withdrawn = withdrawnRoom;
        awaitEnd(replan);

        Map<String, JsonNode> after = new LinkedHashMap<>();
        result(replan).get("assignments").forEach(a -> after.put(a.get("participant").asText(), a));
        for (JsonNode before : bookings.values()) {
            String id = before.get("participant").asText();
            JsonNode now = after.get(id);
            assertThat(now.get("brought").asBoolean()).as("%s, booked, stays brought", id).isTrue();
            if (before.get("ticketIssued").asBoolean()) {
                assertThat(now.get("itinerary").asText()).as("%s's ticketed itinerary", id).isEqualTo(before.get("itinerary").asText());
                assertThat(now.get("ticketIssued").asBoolean()).isTrue();
            }
            if (before.get("roomConfirmed").asBoolean()) {
                assertThat(now.get("room").asText()).as("%s's confirmed room", id).isEqualTo(before.get("room").asText());
                assertThat(now.get("roomConfirmed").asBoolean()).isTrue();
            }
        }
        assertThat(after).doesNotContainKey(cancelled);
        assertThat(after.values()).noneSatisfy(a -> assertThat(a.path("room").asText()).isEqualTo(withdrawn));

        JsonNode list = read(planner.perform(get("/api/plans/{id}/changes", replan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(list.get("brokenBookings")).isEmpty();
        assertThat(list.get("participants").findValuesAsText("cause")).contains("changes[1] CANCEL_PARTICIPANT");
        for (JsonNode row : list.get("participants")) {
            JsonNode booking = bookings.get(row.get("participant").asText());
            if (booking != null) {
                String what = row.get("what").asText();
                assertThat(booking.get("ticketIssued").asBoolean() && what.contains("itinerary")).as("%s", row).isFalse();
                assertThat(booking.get("roomConfirmed").asBoolean() && what.contains("room")).as("%s", row).isFalse();
            }
        }
    }

    private long accepted(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return read(planner.perform(request).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString())
                .at("/plan/planId").asLong();
    }

    private JsonNode result(long planId) throws Exception {
        return read(planner.perform(get("/api/plans/{id}/result", planId)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private void awaitEnd(long planId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status;
        do {
            Thread.sleep(200);
            status = read(planner.perform(get("/api/plans/{id}", planId)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString()).get("status").asText();
            assertThat(System.nanoTime()).as("plan %d ends; last %s", planId, status).isLessThan(deadline);
        } while (!List.of("DONE", "STOPPED").contains(status));
        assertThat(status).isEqualTo("DONE");
    }

    private JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }
}
