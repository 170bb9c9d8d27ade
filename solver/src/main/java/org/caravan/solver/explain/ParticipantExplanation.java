package org.caravan.solver.explain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Why one participant got what they got: for someone brought, the reasons for the itinerary and the room and the
 * rule matches that involve them; for someone left out, what blocks them. {@code reasons} are in English;
 * {@code reasonTexts} are the same sentences for another language ({@link #in}).
 */
public record ParticipantExplanation(String participant, boolean brought, @Nullable String itinerary, @Nullable String room,
        List<String> reasons, List<NotBroughtReason> whyNotBrought, List<Justification> matches,
        @JsonIgnore List<Text> reasonTexts) {

    public ParticipantExplanation {
        reasons = List.copyOf(reasons);
        whyNotBrought = List.copyOf(whyNotBrought);
        matches = List.copyOf(matches);
        // null when read back from JSON, which carries the English only
        reasonTexts = reasonTexts == null ? reasons.stream().map(Text::verbatim).toList() : List.copyOf(reasonTexts);
        if (reasonTexts.size() != reasons.size()) {
            throw new IllegalArgumentException("reasonTexts: " + reasonTexts.size() + " for " + reasons.size() + " reasons.");
        }
    }

    /** An explanation whose reasons are in one wording only. */
    public ParticipantExplanation(String participant, boolean brought, @Nullable String itinerary, @Nullable String room,
            List<String> reasons, List<NotBroughtReason> whyNotBrought, List<Justification> matches) {
        this(participant, brought, itinerary, room, reasons, whyNotBrought, matches,
                reasons.stream().map(Text::verbatim).toList());
    }

    /** An explanation whose reasons are in the catalogues. */
    public static ParticipantExplanation of(String participant, boolean brought, @Nullable String itinerary,
            @Nullable String room, List<Text> reasons, List<NotBroughtReason> whyNotBrought, List<Justification> matches) {
        return new ParticipantExplanation(participant, brought, itinerary, room, reasons.stream().map(Text::english).toList(),
                whyNotBrought, matches, reasons);
    }

    /** The same explanation, its reasons and matches written in this language. */
    public ParticipantExplanation in(WrittenLanguage language) {
        return new ParticipantExplanation(participant, brought, itinerary, room,
                reasonTexts.stream().map(text -> text.in(language)).toList(),
                whyNotBrought.stream().map(reason -> reason.in(language)).toList(),
                matches.stream().map(match -> match.in(language)).toList(), reasonTexts);
    }
}
