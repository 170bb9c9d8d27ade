package org.caravan.data.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Why a participant was left out. {@code code} is machine-readable (see {@link Code}); {@code itinerary}
 * names the blocked itinerary where the reason concerns one; {@code message} is the planner's sentence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotBroughtReason(Code code, @Nullable String itinerary, String message) {

    public enum Code {
        NO_ITINERARY,
        WRONG_HOME_AIRPORT,
        ARRIVAL_OUTSIDE_WINDOW,
        DEPARTURE_OUTSIDE_WINDOW,
        VISA_NOT_OBTAINABLE,
        NO_SEATS,
        NO_COMPATIBLE_ROOM,
        BUDGET,
        FUND_EXHAUSTED,
        PRIORITY_TRADE_OFF
    }
}
