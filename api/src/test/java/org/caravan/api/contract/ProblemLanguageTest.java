package org.caravan.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Problems are written in the language the request's {@code Accept-Language} prefers, English or French, and in
 * English when it names neither: the title, the detail and every issue, with {@code Content-Language} saying which.
 */
class ProblemLanguageTest extends ApiTestSupport {

    private String invalidDataset() throws Exception {
        ObjectNode tree = (ObjectNode) json.readTree(tinyDataset());
        ((ObjectNode) tree.path("hotels").get(0)).put("stars", 9);
        ((ObjectNode) tree.path("participants").get(0)).put("mustAtend", true);
        ((ObjectNode) tree.path("participants").get(1)).put("priority", "high");
        ((ObjectNode) tree.path("event")).put("lastDay", "2020-01-01");
        return tree.toString();
    }

    private MockHttpServletResponse upload(String acceptLanguage) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
                .content(invalidDataset());
        if (acceptLanguage != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        MockHttpServletResponse response = planner.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        return response;
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String messageAt(JsonNode problem, String path) {
        for (JsonNode issue : problem.path("issues")) {
            if (issue.path("path").asText().equals(path)) {
                return issue.path("message").asText();
            }
        }
        throw new AssertionError("No issue at " + path + " in " + problem);
    }

    @Test
    void anInvalidDatasetPostedInFrenchGetsItsProblemsInFrench() throws Exception {
        MockHttpServletResponse response = upload("fr-FR,fr;q=0.9,en;q=0.8");
        JsonNode problem = body(response);

        assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("fr");
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-dataset");
        assertThat(problem.path("title").asText()).isEqualTo("Jeu de données non valide");
        assertThat(problem.path("detail").asText()).startsWith("Le jeu de données a ").endsWith(" problème(s) ; chacun indique son chemin JSON.");
        assertThat(messageAt(problem, "$.hotels[0].stars")).isEqualTo("L’hôtel (h1) a 9 étoile(s) ; il en faut de 1 à 5.");
        assertThat(messageAt(problem, "$.participants[0].mustAtend"))
                .isEqualTo("Champ inconnu : mustAtend ; vouliez-vous dire mustAttend ?");
        assertThat(messageAt(problem, "$.participants[1].priority"))
                .isEqualTo("La valeur (high) ne convient pas : il faut un nombre entier.");
        assertThat(messageAt(problem, "$.event.lastDay")).startsWith("Le dernier jour de l’événement (01/01/2020) précède");
    }

    @Test
    void withoutAcceptLanguage_orWithAnotherLanguage_theProblemsAreInEnglishAsBefore() throws Exception {
        for (String acceptLanguage : new String[] {null, "de-DE,de;q=0.9"}) {
            MockHttpServletResponse response = upload(acceptLanguage);
            JsonNode problem = body(response);

            assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).as(acceptLanguage).isEqualTo("en");
            assertThat(problem.path("title").asText()).isEqualTo("Invalid dataset");
            assertThat(problem.path("detail").asText()).endsWith(" problem(s); each issue names its JSON path.");
            assertThat(messageAt(problem, "$.hotels[0].stars")).isEqualTo("The hotel (h1) has stars (9); it must be from 1 to 5.");
            assertThat(messageAt(problem, "$.participants[0].mustAtend")).isEqualTo("Unknown field mustAtend; did you mean mustAttend?");
            assertThat(messageAt(problem, "$.participants[1].priority")).isEqualTo("The value (high) is not a whole number.");
        }
    }

    @Test
    void aRequestBodyOfTheWrongShapeIsExplainedInFrenchToo() throws Exception {
        long datasetId = uploadTiny();
        JsonNode problem = json.readTree(planner.perform(post("/api/datasets/" + datasetId + "/plans")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeLimitSecs\": 5}"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(problem.path("title").asText()).isEqualTo("Corps de la demande illisible");
        assertThat(problem.path("detail").asText()).isEqualTo("Le corps de la demande n’a pas pu être lu comme le JSON attendu.");
        assertThat(problem.at("/issues/0/message").asText()).isEqualTo("Champ inconnu : timeLimitSecs ; vouliez-vous dire timeLimitSeconds ?");
    }

    @Test
    void theProblemTypePagesAreInTheBrowsersLanguage() throws Exception {
        String french = nobody.perform(get("/problems/invalid-dataset").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String english = nobody.perform(get("/problems")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(french).contains("<html lang=\"fr\">", "<h1>Jeu de données non valide</h1>",
                "Corrigez-les tous", "Tous les types de problèmes");
        assertThat(english).contains("<html lang=\"en\">", "<h1>Caravan problem types</h1>", "<h2>Invalid dataset</h2>");
    }
}
