package org.caravan.data.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/** A round trip from {@code origin}: segment ids out to the venue and back; price per person. */
public record Itinerary(
        String id,
        String origin,
        List<String> outbound,
        @JsonProperty("return") List<String> inbound,
        BigDecimal price) {

    public Itinerary {
        outbound = Dataset.listOrEmpty(outbound);
        inbound = Dataset.listOrEmpty(inbound);
    }
}
