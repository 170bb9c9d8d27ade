package org.caravan.api.results;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ResultsApiTest extends ApiTestSupport {

    private long planId;

    @BeforeEach
    void solveTheTinyDataset() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(planId, SolveState.DONE);
    }

    @Test
    void roomingListsPerHotelAsJsonAndCsv() throws Exception {
        planner.perform(get("/api/plans/{id}/rooming-lists", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].hotelId").value("h1"))
                .andExpect(jsonPath("$[0].rows.length()").value(2))
                .andExpect(jsonPath("$[1].hotelId").value("h2"));

        MockHttpServletResponse csv = planner.perform(get("/api/plans/{id}/rooming-lists/{hotel}.csv", planId, "h1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("rooming-h1-plan-" + planId + ".csv")))
                .andReturn().getResponse();
        String text = csv.getContentAsString();
        assertThat(text).as("a byte-order mark, so that Excel reads the accents").startsWith("\uFEFFline,room,");
        assertThat(text.lines()).as("the room's own booking line, then its guests")
                .anyMatch(line -> line.startsWith("room,h1-101,"));
        assertThat(text).contains("h1-101", "Amina Ben Salah", "Leila Trabelsi").doesNotContain("Claire Martin");

        planner.perform(get("/api/plans/{id}/rooming-lists/{hotel}.csv", planId, "h9")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("hotelId"));
    }

    @Test
    void theWorkbookHasASheetPerHotelWithRealDates() throws Exception {
        byte[] xlsx = planner.perform(get("/api/plans/{id}/rooming-lists.xlsx", planId)).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet ulysse = workbook.getSheet("Hotel Ulysse");
            assertThat(ulysse).isNotNull();
            assertThat(ulysse.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Line");
            assertThat(ulysse.getLastRowNum()).as("the room's booking line and its two guests").isEqualTo(3);
            assertThat(ulysse.getRow(1).getCell(0).getStringCellValue()).isEqualTo("room");
            assertThat(ulysse.getRow(1).getCell(1).getStringCellValue()).isEqualTo("h1-101");
            assertThat(ulysse.getRow(1).getCell(16).getNumericCellValue()).as("the room's price").isPositive();
            assertThat(ulysse.getRow(2).getCell(0).getStringCellValue()).isEqualTo("guest");
            LocalDate firstNight = ulysse.getRow(2).getCell(3).getDateCellValue().toInstant()
                    .atZone(ZoneId.systemDefault()).toLocalDate();
            assertThat(firstNight).isEqualTo(LocalDate.of(2026, 3, 24));
            assertThat(workbook.getSheet("Dar Jerba").getRow(1).getCell(1).getStringCellValue()).isIn("h2-1", "h2-2");
        }
    }

    @Test
    void theFlightManifestAndShuttleSchedules() throws Exception {
        String manifest = planner.perform(get("/api/plans/{id}/flight-manifest.csv", planId)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse().getContentAsString();
        assertThat(manifest).contains("TU 745", "BJ 330").doesNotContain("Youssef Haddad");
        planner.perform(get("/api/plans/{id}/flight-manifest", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6));

        planner.perform(get("/api/plans/{id}/arrivals", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].direction").value("OUTBOUND"))
                .andExpect(jsonPath("$[0].passengers[0].participantId").value("p3"));
        String arrivals = planner.perform(get("/api/plans/{id}/arrivals.csv", planId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(arrivals).contains("Claire Martin", "Amina Ben Salah");
        planner.perform(get("/api/plans/{id}/departures", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].direction").value("RETURN"));
        assertThat(planner.perform(get("/api/plans/{id}/departures.csv", planId)).andReturn().getResponse().getContentAsString())
                .contains("Leila Trabelsi");
    }

    @Test
    void theCostBreakdownAndTheCheckersVerdict() throws Exception {
        planner.perform(get("/api/plans/{id}/costs", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.byKind.flights").value(750.00))
                .andExpect(jsonPath("$.byPayer['fund-a']").exists())
                .andExpect(jsonPath("$.byHotel.h1").exists())
                .andExpect(jsonPath("$.byNationality.TN").exists())
                .andExpect(jsonPath("$.byRole.SPEAKER").exists())
                .andExpect(jsonPath("$.budgetLeft").exists())
                .andExpect(jsonPath("$.fundsLeft['fund-a']").exists())
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.shareRounding").isNumber());
        planner.perform(get("/api/plans/{id}/check", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.costs.flights").value(750.00));
    }

    @Test
    void resultsOfUnknownOrUnsolvedPlansAreProblemDetails() throws Exception {
        for (String path : new String[] {"/rooming-lists", "/rooming-lists.xlsx", "/rooming-lists/h1.csv", "/flight-manifest.csv",
                "/arrivals.csv", "/departures.csv", "/costs"}) {
            planner.perform(get("/api/plans/987654" + path)).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value("planId"));
        }
        planner.perform(get("/api/plans/987654/flight-manifest.csv").accept("text/csv")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
