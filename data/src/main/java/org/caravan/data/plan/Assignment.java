package org.caravan.data.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One participant's decision. {@code whyNotBrought} (optional) lists, for someone left out, what blocks them.
 *
 * @param ticketPrice with {@code ticketIssued}: what the ticket actually cost, per person for the round trip; it counts
 *         instead of the itinerary's offered price wherever money is counted. Null: the offer's price.
 * @param roomPricePerNight with {@code roomConfirmed}: the price the hotel confirmed, for the whole room per night; the
 *         room costs it on every night it is used instead of the offered price. Null: the offer's price.
 */
public record Assignment(
        String participant,
        boolean brought,
        @Nullable String itinerary,
        @Nullable String room,
        @Nullable List<LocalDate> nights,
        boolean ticketIssued,
        boolean roomConfirmed,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<NotBroughtReason> whyNotBrought,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal ticketPrice,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal roomPricePerNight) {

    /** A decision without actual prices: bookings, if any, at the offers' prices. */
    public Assignment(String participant, boolean brought, @Nullable String itinerary, @Nullable String room,
            @Nullable List<LocalDate> nights, boolean ticketIssued, boolean roomConfirmed,
            @Nullable List<NotBroughtReason> whyNotBrought) {
        this(participant, brought, itinerary, room, nights, ticketIssued, roomConfirmed, whyNotBrought, null, null);
    }

    public static Assignment notBrought(String participant, List<NotBroughtReason> why) {
        return new Assignment(participant, false, null, null, null, false, false, why);
    }
}
