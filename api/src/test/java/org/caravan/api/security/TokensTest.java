package org.caravan.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tokens: made by owners, shown once, stored hashed, with a last-used time, and revoked at once. */
class TokensTest extends ApiTestSupport {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aTokenIsShownOnceStoredHashedUsedAndRevoked() throws Exception {
        JsonNode issued = json.readTree(owner.perform(post("/api/organisation/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"nightly upload\", \"role\": \"PLANNER\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        String secret = issued.get("secret").asText();
        long id = issued.get("id").asLong();
        assertThat(secret).startsWith("cvn_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select secret_hash from api_token where id = ?").param(id).query(String.class).single())
                .as("only a hash is kept").isNotEqualTo(secret).doesNotContain(secret.substring(4));

        Caller program = new Caller(planner.mvc(), secret);
        program.perform(get("/api/datasets")).andExpect(status().isOk());
        String listed = owner.perform(get("/api/organisation/tokens")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).as("never the secret again").doesNotContain(secret).contains("nightly upload");
        JsonNode mine = json.readTree(listed).findParents("id").stream().filter(token -> token.get("id").asLong() == id)
                .findFirst().orElseThrow();
        assertThat(mine.get("lastUsedAt").isNull()).as("last used").isFalse();

        owner.perform(delete("/api/organisation/tokens/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedAt").isNotEmpty());
        program.perform(get("/api/datasets")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyOwnersManageTokensAndMembersAndOnlyTheAdministratorOrganisations() throws Exception {
        planner.perform(post("/api/organisation/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\", \"role\": \"OWNER\"}")).andExpect(status().isForbidden());
        planner.perform(get("/api/organisation/audit")).andExpect(status().isForbidden());
        owner.perform(post("/api/organisation/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\", \"role\": \"ADMINISTRATOR\"}")).andExpect(status().isBadRequest());
        owner.perform(post("/api/organisations").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Mine\"}"))
                .andExpect(status().isForbidden());
        administrator.perform(get("/api/datasets")).andExpect(status().isForbidden());

        JsonNode created = json.readTree(administrator.perform(post("/api/organisations")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Sahel Solidarity\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        Caller newOwner = new Caller(planner.mvc(), created.get("ownerToken").get("secret").asText());
        newOwner.perform(get("/api/organisation")).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sahel Solidarity"));
        newOwner.perform(get("/api/datasets")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void credentialsThatAreThereButWrongAre401() throws Exception {
        planner.mvc().perform(get("/api/datasets").header(HttpHeaders.AUTHORIZATION, "Bearer cvn_not-a-token"))
                .andExpect(status().isUnauthorized());
        planner.mvc().perform(get("/api/datasets").header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4="))
                .andExpect(status().isUnauthorized());
    }
}
