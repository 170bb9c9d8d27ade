package org.caravan.solver.explain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;

import java.math.BigDecimal;
import java.util.List;

/**
 * One match of a rule: the sentence a planner reads, the ids it concerns (participants, room, night, segment, fund) and
 * its impact in the rule's unit (hard units, priority points, or money for soft rules), negative or zero: a match the
 * independent checker finds, as an explanation hands it on. {@code message} is the sentence in English; {@code text}
 * the same sentence for another language ({@link #in}).
 */
public record Justification(String message, List<String> ids, BigDecimal impact, @JsonIgnore Text text) {

    public Justification {
        ids = List.copyOf(ids);
        // null when read back from JSON, which carries the English only
        text = text == null ? Text.verbatim(message) : text;
    }

    /** A match whose sentence is in the catalogues. */
    public Justification(Text text, List<String> ids, BigDecimal impact) {
        this(text.english(), ids, impact, text);
    }

    /** A match in one wording only. */
    public Justification(String message, List<String> ids, BigDecimal impact) {
        this(message, ids, impact, Text.verbatim(message));
    }

    /** The same match, its message written in this language. */
    public Justification in(WrittenLanguage language) {
        return new Justification(text.in(language), ids, impact, text);
    }
}
