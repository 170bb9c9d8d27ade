package org.caravan.documents;

import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Participant;

import java.util.Locale;

/** The languages documents are written in. */
public enum DocumentLanguage {
    EN(Locale.ENGLISH), FR(Locale.FRENCH);

    private final Locale locale;

    DocumentLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code en} or {@code fr} (any case, or a regional tag such as fr-SN); null for another language or none. */
    public static DocumentLanguage of(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "en", "eng" -> EN;
            case "fr", "fra", "fre" -> FR;
            default -> null;
        };
    }

    /**
     * The language of one participant's documents: the planner's choice for this batch when given, else the
     * participant's preference, else the event's language, else English.
     */
    public static DocumentLanguage forParticipant(DocumentLanguage chosen, Participant participant, Event event) {
        if (chosen != null) {
            return chosen;
        }
        DocumentLanguage preferred = of(participant.preferredLanguage());
        return preferred != null ? preferred : forEvent(null, event);
    }

    /** The language of documents for everyone (the VIP sheet): the planner's choice, else the event's, else English. */
    public static DocumentLanguage forEvent(DocumentLanguage chosen, Event event) {
        if (chosen != null) {
            return chosen;
        }
        DocumentLanguage eventLanguage = of(event.language());
        return eventLanguage != null ? eventLanguage : EN;
    }
}
