package org.caravan.data.text;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.Locale;

/** The languages Caravan writes for planners and participants (spreadsheets, dossiers, letters): English and French. */
public enum WrittenLanguage {
    EN(Locale.ENGLISH), FR(Locale.FRENCH);

    private final Locale locale;

    WrittenLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language a planner or a dataset names: a code ({@code fr}, {@code eng}), a tag ({@code fr-SN}), or its
     * name in English or French ({@code French}, {@code français}); null for another language or none.
     */
    public static @Nullable WrittenLanguage of(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String word = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String code = Locale.forLanguageTag(word.replace('_', '-')).getLanguage();
        return switch (code.isEmpty() ? word : code) {
            case "en", "eng", "english", "anglais" -> EN;
            case "fr", "fra", "fre", "french", "francais" -> FR;
            default -> null;
        };
    }
}
