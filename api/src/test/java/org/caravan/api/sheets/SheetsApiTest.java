package org.caravan.api.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravan.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SheetsApiTest extends ApiTestSupport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aFrenchTemplateHasItsHeadersAnExampleRowAndTheColumnsExplained() throws Exception {
        byte[] template = planner.perform(get("/api/sheets/templates/participants.xlsx").param("lang", "fr"))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("caravan-participants-template-fr.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Participants");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("identifiant");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Aïcha Ouédraogo");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Colonnes");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(22);
        }
        planner.perform(get("/api/sheets/templates/guests.xlsx")).andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("set"));
        planner.perform(get("/api/sheets/templates/participants.xlsx").param("lang", "de")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("lang"));
    }

    @Test
    void anImportIntoADatasetMakesANewOneAndCountsWhatChanged() throws Exception {
        long datasetId = uploadTiny();
        String csv = """
                identifiant;nom;genre;nationalité;langues;aéroports;priorité
                p2;Leila Trabelsi;F;Tunisie;arabe, français;TUN;4
                p6;Aïcha Ouédraogo;femme;Burkina Faso;français, mooré;TUN;2
                """;

        planner.perform(multipart("/api/datasets/{id}/import", datasetId)
                        .file(new MockMultipartFile("files", "inscrits.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/api/datasets/" + datasetId + "/versions/2")))
                .andExpect(jsonPath("$.datasetId").value(datasetId))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.basedOn").value(1))
                .andExpect(jsonPath("$.report.counts[0].what").value("participants"))
                .andExpect(jsonPath("$.report.counts[0].added").value(1))
                .andExpect(jsonPath("$.report.counts[0].updated").value(1))
                .andExpect(jsonPath("$.report.counts[0].kept").value(4));

        JsonNode merged = json.readTree(planner.perform(get("/api/datasets/{id}", datasetId)).andReturn().getResponse().getContentAsString());
        assertThat(merged.path("participants")).hasSize(6);
        assertThat(merged.path("participants").get(5).path("languages").toString()).isEqualTo("[\"fr\",\"mos\"]");
        JsonNode versions = json.readTree(planner.perform(get("/api/datasets/{id}/versions", datasetId)).andReturn().getResponse().getContentAsString());
        assertThat(versions.findValuesAsText("origin")).containsExactly("UPLOAD", "IMPORT");
        JsonNode original = json.readTree(planner.perform(get("/api/datasets/{id}/versions/1", datasetId)).andReturn().getResponse().getContentAsString());
        assertThat(original.path("participants")).as("the version merged into is left as it was").hasSize(5);
    }

    @Test
    void badCellsAnswerAProblemDetailWithEverySheetRowAndColumn() throws Exception {
        long datasetId = uploadTiny();
        String csv = """
                id,nationality,priority
                p1,Burkina,high
                """;

        planner.perform(multipart("/api/datasets/{id}/import", datasetId)
                        .file(new MockMultipartFile("files", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid spreadsheets"))
                .andExpect(jsonPath("$.issues.length()").value(2))
                .andExpect(jsonPath("$.issues[0].sheet").value("list.csv"))
                .andExpect(jsonPath("$.issues[0].row").value(2))
                .andExpect(jsonPath("$.issues[0].column").value("nationality"))
                .andExpect(jsonPath("$.issues[0].message").value("'Burkina' is not a country; did you mean Burkina Faso (BF)?"))
                .andExpect(jsonPath("$.issues[1].column").value("priority"));
        planner.perform(multipart("/api/datasets/{id}/import", datasetId)
                        .file(new MockMultipartFile("files", "empty.csv", "text/csv", new byte[0])))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.issues[0].path").value("files"));
    }

    @Test
    void aWholeDatasetTemplateImportsAsANewDatasetAndAnExportImportsBackUnchanged() throws Exception {
        byte[] template = planner.perform(get("/api/sheets/templates/dataset.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        long created = json.readTree(planner.perform(multipart("/api/datasets/import")
                        .file(new MockMultipartFile("files", "dataset.xlsx", XLSX, template)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.basedOn").isEmpty())
                .andExpect(jsonPath("$.report.counts[?(@.what == 'participants')].added").value(1))
                .andReturn().getResponse().getContentAsString()).path("datasetId").asLong();
        assertThat(json.readTree(planner.perform(get("/api/datasets/{id}/versions", created)).andReturn().getResponse()
                .getContentAsString()).findValuesAsText("origin")).containsExactly("IMPORT");

        byte[] export = planner.perform(get("/api/datasets/{id}/sheets/participants.xlsx", created).param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        planner.perform(multipart("/api/datasets/{id}/import", created).file(new MockMultipartFile("files", "export.xlsx", XLSX, export)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.report.counts[0].unchanged").value(1))
                .andExpect(jsonPath("$.report.counts[0].updated").value(0));
        String csv = planner.perform(get("/api/datasets/{id}/participants.csv", created).param("lang", "fr")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("\uFEFFidentifiant,nom,genre,nationalité");
    }
}
