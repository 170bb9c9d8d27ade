package org.caravan.data.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * caravan-changes/1 has no record yet: its schema is held to the example of docs/FORMAT.md (kept as
 * {@code changes-example.json}), which uses every change type, and to the mistakes a change list must not get past.
 */
class ChangesSchemaTest {

    static final String EXAMPLE = Schemas.FOLDER + "changes-example.json";

    @Test
    void theExampleOfFormatMdMatchesTheSchema() {
        assertThat(Schemas.problems(Schemas.schema(Schemas.CHANGES), Schemas.readResource(EXAMPLE))).isEmpty();
    }

    @Test
    void theExampleUsesEveryChangeTypeOfTheSchema() {
        Set<String> used = new TreeSet<>();
        Schemas.readResource(EXAMPLE).path("changes").forEach(change -> used.add(change.path("type").asText()));
        Set<String> types = new TreeSet<>();
        Schemas.readResource(Schemas.FOLDER + Schemas.CHANGES).at("/$defs/change/properties/type/enum")
                .forEach(type -> types.add(type.asText()));

        assertThat(used).isEqualTo(types).hasSize(16);
    }

    @Test
    void everyChangeTypeHasItsOwnDefinition() {
        JsonNode schema = Schemas.readResource(Schemas.FOLDER + Schemas.CHANGES);
        Set<String> dispatched = new TreeSet<>();
        schema.at("/$defs/change/allOf").forEach(rule -> {
            String type = rule.at("/if/properties/type/const").asText();
            String definition = rule.at("/then/$ref").asText().replace("#/$defs/", "");
            assertThat(schema.at("/$defs/" + definition + "/properties/type/const").asText()).isEqualTo(type);
            dispatched.add(type);
        });
        Set<String> types = new TreeSet<>();
        schema.at("/$defs/change/properties/type/enum").forEach(type -> types.add(type.asText()));

        assertThat(dispatched).isEqualTo(types);
    }

    @Test
    void anUnknownChangeType_isRefused() {
        assertThat(problems(change("{\"type\": \"MOVE_EVENT\", \"days\": 2}"))).singleElement().asString()
                .startsWith("/changes/0/type");
    }

    @Test
    void aChangeMissingAField_namesTheChangeAndTheField() {
        assertThat(problems(change("{\"type\": \"ISSUE_TICKET\", \"participant\": \"p001\", \"price\": 640}")))
                .containsExactly("/changes/0: required property 'itinerary' not found");
    }

    @Test
    void aFieldOfAnotherChangeType_isRefused() {
        assertThat(problems(change("{\"type\": \"SET_BUDGET\", \"total\": 100, \"amount\": 100}"))).singleElement()
                .asString().startsWith("/changes/0: property 'amount' is not defined");
    }

    @Test
    void anUpdateCannotChangeTheId_norFieldsThatDoNotExist() {
        assertThat(problems(change("{\"type\": \"UPDATE_PARTICIPANT\", \"participant\": \"p1\", \"set\": {\"id\": \"p9\"}}")))
                .isNotEmpty().allMatch(problem -> problem.startsWith("/changes/0/set"));
        assertThat(problems(change("{\"type\": \"UPDATE_PARTICIPANT\", \"participant\": \"p1\", \"set\": {\"priorty\": 5}}")))
                .isNotEmpty().allMatch(problem -> problem.startsWith("/changes/0/set"));
        assertThat(problems(change("{\"type\": \"UPDATE_PARTICIPANT\", \"participant\": \"p1\", \"set\": {\"priority\": 9}}")))
                .containsExactly("/changes/0/set/priority: must have a maximum value of 5");
    }

    @Test
    void anAddedParticipantIsAWholeDatasetParticipant() {
        assertThat(problems(change("""
                {"type": "ADD_PARTICIPANT", "participant": {"id": "p9", "name": "N. N.", "gender": "F",
                 "nationality": "TN", "languages": ["ar"], "homeAirports": ["TUN"]}}""")))
                .containsExactly("/changes/0/participant: required property 'priority' not found");
    }

    @Test
    void pricesAreMoney() {
        assertThat(problems(change("{\"type\": \"SET_ITINERARY_PRICE\", \"itinerary\": \"it1\", \"price\": 10.005}")))
                .containsExactly("/changes/0/price: must be multiple of 0.01");
        assertThat(problems(change("{\"type\": \"SET_FUND\", \"fund\": \"fund-a\", \"amount\": null}")))
                .singleElement().asString().startsWith("/changes/0/amount");
    }

    private static JsonNode change(String json) {
        ObjectNode document = (ObjectNode) Schemas.read("{\"format\": \"caravan-changes/1\", \"changes\": []}");
        document.withArray("changes").add(Schemas.read(json));
        return document;
    }

    private static java.util.List<String> problems(JsonNode document) {
        return Schemas.problems(Schemas.schema(Schemas.CHANGES), document);
    }
}
