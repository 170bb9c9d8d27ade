package org.caravan.data.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.text.Text;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * One match of a soft rule found by the {@link PlanChecker}: what it costs in cents (units times the policy's weight,
 * or the travel hours' cents), the planner's sentence, and the ids it concerns (participants, room, delegation,
 * itinerary, shuttle slot). {@code message} is the sentence in English; {@code text} the same sentence for another
 * language.
 */
public record Penalty(SoftRule rule, long cents, String message, List<String> ids, @JsonIgnore Text text) {

    public Penalty {
        ids = List.copyOf(ids);
        // null when read back from JSON, which carries the English only
        text = text == null ? Text.verbatim(message) : text;
    }

    /** A penalty whose sentence is in the catalogues. */
    public Penalty(SoftRule rule, long cents, Text text, List<String> ids) {
        this(rule, cents, text.english(), ids, text);
    }

    /** A penalty in one wording only. */
    public Penalty(SoftRule rule, long cents, String message, List<String> ids) {
        this(rule, cents, message, ids, Text.verbatim(message));
    }

    /** Two penalties are the same when they say the same in English: the text is only how other languages say it. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Penalty that && rule == that.rule && cents == that.cents && message.equals(that.message)
                && ids.equals(that.ids);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, cents, message, ids);
    }

    @Override
    public String toString() {
        return rule + " (" + cents + " cents): " + message;
    }
}
