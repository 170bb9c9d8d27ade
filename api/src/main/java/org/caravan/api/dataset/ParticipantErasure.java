package org.caravan.api.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * What erasing a participant's personal data does to a dataset document: the name becomes {@link #ERASED_NAME}, and
 * every other text of theirs that is not a planning fact (their organisation, and any field the format does not
 * know) is removed; their household, which only says who may share a room, becomes a random label on everyone who
 * carried it. The facts plans stand on stay: id, gender, nationality, languages, airports, priority, needs, stay,
 * so counts and plans are unchanged.
 */
final class ParticipantErasure {

    static final String ERASED_NAME = "Erased participant";
    /** The participant fields that are planning facts, not free text: kept as they are. */
    private static final Set<String> FACTS = Set.of("id", "gender", "nationality", "languages", "homeAirports",
            "delegation", "role", "priority", "mustAttend", "fund", "travelMode", "needsLodging", "fixedArrival",
            "fixedDeparture", "needs", "roommateRequests", "household", "visasHeld", "selfFunded");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ParticipantErasure() {
    }

    /** The document with the participant's personal data erased; empty when it has no such participant. */
    static Optional<String> erase(String document, String participantId) {
        try {
            JsonNode root = JSON.readTree(document);
            JsonNode participants = root.path("participants");
            ObjectNode erased = null;
            for (JsonNode participant : participants) {
                if (participant instanceof ObjectNode candidate && participantId.equals(candidate.path("id").asText(null))) {
                    erased = candidate;
                }
            }
            if (erased == null) {
                return Optional.empty();
            }
            JsonNode household = erased.get("household");
            if (household != null && household.isTextual()) {
                TextNode label = TextNode.valueOf("erased-" + HexFormat.of().formatHex(randomBytes()));
                for (JsonNode participant : participants) {
                    if (participant instanceof ObjectNode other && household.equals(other.get("household"))) {
                        other.set("household", label);
                    }
                }
            }
            for (Iterator<String> fields = erased.fieldNames(); fields.hasNext(); ) {
                if (!FACTS.contains(fields.next())) {
                    fields.remove();
                }
            }
            erased.put("name", ERASED_NAME);
            return Optional.of(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored dataset version is not JSON", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
