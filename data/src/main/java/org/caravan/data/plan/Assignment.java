package org.caravan.data.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * One participant's decision. {@code whyNotBrought} (optional) lists, for someone left out, what blocks them.
 */
public record Assignment(
        String participant,
        boolean brought,
        @Nullable String itinerary,
        @Nullable String room,
        @Nullable List<LocalDate> nights,
        boolean ticketIssued,
        boolean roomConfirmed,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<NotBroughtReason> whyNotBrought) {

    public static Assignment notBrought(String participant, List<NotBroughtReason> why) {
        return new Assignment(participant, false, null, null, null, false, false, why);
    }
}
