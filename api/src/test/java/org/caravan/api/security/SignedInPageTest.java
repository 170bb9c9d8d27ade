package org.caravan.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.Cookie;
import org.caravan.api.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The planner's page signs in with a username and password and then sends a cookie, which a browser also sends
 * with requests that other sites make: none of those ("simple" cross-site requests: a form post, a text/plain body,
 * a multipart upload, a bare POST) may change anything, and a request without credentials changes nothing either.
 */
class SignedInPageTest extends ApiTestSupport {

    private static final String PASSWORD = "correct horse battery";

    private String username;
    private long datasetId;

    @BeforeEach
    void aPlannerWhoSignsIn() throws Exception {
        username = "planner-" + UUID.randomUUID().toString().substring(0, 8);
        owner.perform(post("/api/organisation/members").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"" + username + "\", \"role\": \"PLANNER\", \"password\": \"" + PASSWORD + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.password").doesNotExist());
        datasetId = uploadTiny();
    }

    private record Session(Cookie cookie, String csrf, String setCookie) {
    }

    private Session signIn(String password) throws Exception {
        MvcResult result = nobody.perform(post("/api/session").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"))
                .andExpect(status().isOk()).andReturn();
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        assertThat(body.get("role").asText()).isEqualTo("PLANNER");
        assertThat(body.get("organisation").asText()).isEqualTo("Test organisation");
        return new Session(result.getResponse().getCookie("caravan_session"), body.get("csrfToken").asText(),
                result.getResponse().getHeader(HttpHeaders.SET_COOKIE));
    }

    private int plans() throws Exception {
        return json.readTree(planner.perform(get("/api/datasets/{id}/plans", datasetId)).andReturn().getResponse()
                .getContentAsString()).size();
    }

    private int datasets() throws Exception {
        return json.readTree(planner.perform(get("/api/datasets")).andReturn().getResponse().getContentAsString()).size();
    }

    @Test
    void aSessionCookieIsHttpOnlyStrictAndReadsWithoutMore() throws Exception {
        Session session = signIn(PASSWORD);
        assertThat(session.setCookie()).contains("HttpOnly", "SameSite=Strict", "Path=/");
        nobody.perform(get("/api/datasets/{id}/summary", datasetId).cookie(session.cookie())).andExpect(status().isOk());
        nobody.perform(get("/api/session").cookie(session.cookie())).andExpect(status().isOk())
                .andExpect(jsonPath("$.actor").value("member " + username))
                .andExpect(jsonPath("$.csrfToken").value(session.csrf()));
    }

    @Test
    void crossSiteSimpleRequestsWithTheCookieChangeNothing() throws Exception {
        Session session = signIn(PASSWORD);
        int plansBefore = plans();
        int datasetsBefore = datasets();
        MockHttpServletRequestBuilder[] crossSite = {
                post("/api/datasets/{id}/plans", datasetId),
                post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.TEXT_PLAIN).content("{}"),
                post("/api/datasets/{id}/plans", datasetId).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("timeLimitSeconds=1"),
                multipart("/api/datasets").file(new MockMultipartFile("file", "x.json", "text/plain", tinyDataset().getBytes())),
                delete("/api/datasets/{id}", datasetId),
                post("/api/datasets/{id}/plans", datasetId).header(CallerFilter.CSRF_HEADER, "guessed"),
        };
        for (MockHttpServletRequestBuilder request : crossSite) {
            nobody.perform(request.cookie(session.cookie())).andExpect(status().isForbidden());
        }
        assertThat(plans()).isEqualTo(plansBefore);
        assertThat(datasets()).isEqualTo(datasetsBefore);

        nobody.perform(post("/api/datasets/{id}/plans", datasetId).cookie(session.cookie())
                        .header(CallerFilter.CSRF_HEADER, session.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeLimitSeconds\": 1}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.createdBy").value("member " + username));
        assertThat(plans()).as("the page itself, with its token").isEqualTo(plansBefore + 1);
    }

    @Test
    void withoutCredentialsABarePostQueuesNothing() throws Exception {
        int before = plans();
        nobody.perform(post("/api/datasets/{id}/plans", datasetId)).andExpect(status().isUnauthorized());
        nobody.perform(post("/api/plans/{id}/stop", 1).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnauthorized());
        nobody.perform(multipart("/api/datasets").file(new MockMultipartFile("file", "x.json", "application/json",
                tinyDataset().getBytes()))).andExpect(status().isUnauthorized());
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void signingInTakesJsonOnlyAndAWrongPasswordIs401() throws Exception {
        nobody.perform(post("/api/session").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("username=" + username + "&password=" + PASSWORD)).andExpect(status().isUnsupportedMediaType());
        nobody.perform(post("/api/session").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"" + username + "\", \"password\": \"wrong password!\"}"))
                .andExpect(status().isUnauthorized());
        nobody.perform(post("/api/session").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"nobody-at-all\", \"password\": \"wrong password!\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void signingOutOrChangingThePasswordEndsTheSession() throws Exception {
        Session first = signIn(PASSWORD);
        nobody.perform(delete("/api/session").cookie(first.cookie()).header(CallerFilter.CSRF_HEADER, first.csrf()))
                .andExpect(status().isNoContent());
        nobody.perform(get("/api/datasets").cookie(first.cookie())).andExpect(status().isUnauthorized());

        Session second = signIn(PASSWORD);
        nobody.perform(put("/api/session/password").cookie(second.cookie()).header(CallerFilter.CSRF_HEADER, second.csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"an even longer one\"}"))
                .andExpect(status().isNoContent());
        nobody.perform(get("/api/datasets").cookie(second.cookie())).andExpect(status().isUnauthorized());
        signIn("an even longer one");
    }

    @Test
    void tenWrongPasswordsBlockTheUsernameForAWhile() throws Exception {
        for (int i = 0; i < 10; i++) {
            nobody.perform(post("/api/session").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\": \"" + username + "\", \"password\": \"guess number " + i + "\"}"))
                    .andExpect(status().isUnauthorized());
        }
        nobody.perform(post("/api/session").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void aRemovedMembersSessionEndsAtOnce() throws Exception {
        Session session = signIn(PASSWORD);
        JsonNode members = json.readTree(owner.perform(get("/api/organisation/members")).andReturn().getResponse()
                .getContentAsString());
        String id = null;
        for (JsonNode member : members) {
            if (member.get("username").asText().equals(username)) {
                id = member.get("id").asText();
            }
        }
        owner.perform(delete("/api/organisation/members/{id}", id)).andExpect(status().isNoContent());
        nobody.perform(get("/api/datasets").cookie(session.cookie())).andExpect(status().isUnauthorized());
    }
}
