package org.caravan.data.sheets;

import java.util.Locale;

/** The language a sheet is headed in; templates and exports are written in it, and its words are read in both. */
public enum SheetLanguage {
    EN(Locale.ENGLISH), FR(Locale.FRENCH);

    private final Locale locale;

    SheetLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code en}, {@code fr}, or their names; null when it is neither. */
    public static SheetLanguage of(String code) {
        if (code == null) {
            return null;
        }
        return switch (Words.key(code)) {
            case "en", "eng", "english", "anglais" -> EN;
            case "fr", "fra", "fre", "french", "francais" -> FR;
            default -> null;
        };
    }
}
