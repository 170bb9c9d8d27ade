package org.caravan.data.dataset;

import java.math.BigDecimal;

/**
 * Applies to a participant of {@code nationality} who does not hold {@code visa}: ENTRY for the venue's
 * country, TRANSIT for any intermediate airport's country. Not obtainable forbids the itinerary.
 */
public record VisaRule(String nationality, String country, VisaPurpose purpose, String visa, boolean obtainable, BigDecimal fee) {

    public VisaRule {
        fee = fee == null ? BigDecimal.ZERO : fee;
    }
}
