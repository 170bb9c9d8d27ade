package org.caravan.data.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.caravan.data.rules.HardRule;
import org.caravan.data.text.Text;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * One match of a hard rule found by the {@link PlanChecker}: how big it is (in the rule's unit, see
 * {@link HardRule#unit()}), the planner's sentence, and the ids it concerns (participants, room, night, segment,
 * fund, payers). {@code message} is the sentence in English (the JSON field, the command line); {@code text} the same
 * sentence for another language.
 */
public record Breach(HardRule rule, long degree, String message, List<String> ids, @JsonIgnore Text text) {

    public Breach {
        ids = List.copyOf(ids);
        // null when read back from JSON, which carries the English only
        text = text == null ? Text.verbatim(message) : text;
    }

    /** A breach whose sentence is in the catalogues. */
    public Breach(HardRule rule, long degree, Text text, List<String> ids) {
        this(rule, degree, text.english(), ids, text);
    }

    /** A breach in one wording only. */
    public Breach(HardRule rule, long degree, String message, List<String> ids) {
        this(rule, degree, message, ids, Text.verbatim(message));
    }

    /** What this breach costs in the hard score, a positive number. */
    public long weightedDegree() {
        return degree * rule.weight();
    }

    /** Two breaches are the same when they say the same in English: the text is only how other languages say it. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Breach that && rule == that.rule && degree == that.degree && message.equals(that.message)
                && ids.equals(that.ids);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, degree, message, ids);
    }

    @Override
    public String toString() {
        return rule + " (" + degree + "): " + message;
    }
}
