package org.caravan.data.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * Why a participant was left out. {@code code} is machine-readable (see {@link Code}); {@code itinerary}
 * names the blocked itinerary where the reason concerns one; {@code message} is the planner's sentence in English,
 * as the plan file keeps it, and {@code text} the same sentence for another language (not in the file: a reason read
 * back from one is in English only).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotBroughtReason(Code code, @Nullable String itinerary, String message, @JsonIgnore Text text) {

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

    /** A reason whose sentence is in the catalogues. */
    public NotBroughtReason(Code code, @Nullable String itinerary, Text text) {
        this(code, itinerary, text.english(), text);
    }

    /** A reason in one wording (a plan file's, a sentence not in the catalogues). */
    @JsonCreator
    public NotBroughtReason(@JsonProperty("code") Code code, @JsonProperty("itinerary") @Nullable String itinerary,
            @JsonProperty("message") String message) {
        this(code, itinerary, message, Text.verbatim(message));
    }

    /** The same reason, its message written in this language. */
    public NotBroughtReason in(WrittenLanguage language) {
        return new NotBroughtReason(code, itinerary, text.in(language), text);
    }

    /** Two reasons are the same when they say the same in English: the text is only how other languages say it. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NotBroughtReason that && code == that.code && Objects.equals(itinerary, that.itinerary)
                && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, itinerary, message);
    }
}
