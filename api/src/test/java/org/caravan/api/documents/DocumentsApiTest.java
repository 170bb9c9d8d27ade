package org.caravan.api.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DocumentsApiTest extends ApiTestSupport {

    private long planId;

    @BeforeEach
    void solveTheTinyDataset() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        awaitStatus(planId, SolveState.DONE);
    }

    @Test
    void theIndexListsEveryDocumentOfThePlan() throws Exception {
        planner.perform(get("/api/plans/{id}/documents", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.dossiers.length()").value(4))
                .andExpect(jsonPath("$.dossiers[0].id").value("p1"))
                .andExpect(jsonPath("$.dossiers[0].href").value("/api/plans/" + planId + "/dossiers/p1.pdf"))
                .andExpect(jsonPath("$.letters.length()").value(0))
                .andExpect(jsonPath("$.vipSheet").value("/api/plans/" + planId + "/vip.pdf"));
    }

    @Test
    void aDossierIsAPdfWithTheParticipantsJourneyHotelAndRoommate() throws Exception {
        byte[] pdf = planner.perform(get("/api/plans/{id}/dossiers/{participant}.pdf", planId, "p1"))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains("Amina Ben Salah", "TU 745", "TU 746", "Hotel Ulysse", "Leila Trabelsi");
        assertThat(text(planner.perform(get("/api/plans/{id}/dossiers/{participant}.pdf", planId, "p1").param("lang", "fr"))
                .andReturn().getResponse().getContentAsByteArray())).contains("Dossier de voyage");
        planner.perform(get("/api/plans/{id}/dossiers/{participant}.pdf", planId, "p5")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("participantId"));
        planner.perform(get("/api/plans/{id}/dossiers/{participant}.pdf", planId, "p1").param("lang", "wo")).andExpect(status().isBadRequest());
        planner.perform(get("/api/plans/{id}/letters/{participant}.pdf", planId, "p1")).andExpect(status().isNotFound());
    }

    @Test
    void theProtocolSheetADelegationAndEverythingAsOneZip() throws Exception {
        assertThat(text(planner.perform(get("/api/plans/{id}/vip.pdf", planId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray())).contains("Amina Ben Salah").doesNotContain("Leila Trabelsi");
        assertThat(text(planner.perform(get("/api/plans/{id}/delegations/{delegation}.pdf", planId, "tn")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray())).contains("Amina Ben Salah", "Leila Trabelsi", "Youssef Haddad");

        byte[] zip = planner.perform(get("/api/plans/{id}/documents.zip", planId)).andExpect(status().isOk())
                .andExpect(content().contentType("application/zip")).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf", "vip.pdf");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
