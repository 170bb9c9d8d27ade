package org.caravan.documents;

import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Role;
import org.caravan.data.text.WrittenLanguage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of documents in one language, from the bundles {@code texts_en} and {@code texts_fr}, and how dates,
 * times, money and countries are written in it. A key may have a form per gender ({@code role.SPEAKER.F}); the
 * plain key is the fallback.
 */
final class Texts {

    private static final Set<String> FRENCH_MASCULINE_IN_E = Set.of("Mexique", "Cambodge", "Mozambique", "Zimbabwe",
            "Belize", "Suriname");
    private static final Set<String> FRENCH_PLURAL = Set.of("États-Unis", "Pays-Bas", "Émirats arabes unis", "Philippines",
            "Comores", "Seychelles", "Maldives", "Bahamas", "Îles Marshall", "Îles Salomon");

    private final WrittenLanguage language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter plainDate;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    Texts(WrittenLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("org.caravan.documents.texts", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.longDate = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.locale());
        this.shortDate = DateTimeFormatter.ofPattern("EEE d MMM", language.locale());
        this.plainDate = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
    }

    WrittenLanguage language() {
        return language;
    }

    String get(String key, Object... arguments) {
        return String.format(language.locale(), bundle.getString(key), arguments);
    }

    /** The gendered form of a text when the bundle has one, else its plain form. */
    String gendered(String key, Gender gender, Object... arguments) {
        String specific = key + "." + (gender == null ? Gender.X : gender).name();
        try {
            return String.format(language.locale(), bundle.getString(specific), arguments);
        } catch (MissingResourceException none) {
            return get(key, arguments);
        }
    }

    String role(Role role, Gender gender) {
        return gendered("role." + role.name(), gender);
    }

    /** "Ms Awa Diallo", or the name alone when the gender is X. */
    String titled(String name, Gender gender) {
        String title = gendered("title", gender);
        return title.isBlank() ? name : title + " " + name;
    }

    /** Wednesday 25 March 2026; mercredi 25 mars 2026. */
    String date(LocalDate date) {
        return longDate.format(date);
    }

    /** 25 March 2026; 25 mars 2026: the dates of a letter. */
    String plainDate(LocalDate date) {
        return plainDate.format(date);
    }

    /** Wed 25 Mar. */
    String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    String time(LocalDateTime dateTime) {
        return time.format(dateTime);
    }

    /** Wed 25 Mar 14:30. */
    String dateTime(LocalDateTime dateTime) {
        return shortDate(dateTime.toLocalDate()) + " " + time(dateTime);
    }

    /** "Africa/Tunis, UTC+01:00": the airport's zone and its offset on that day. */
    String zone(ZonedDateTime instant) {
        ZoneOffset offset = instant.getOffset();
        return instant.getZone().getId() + ", UTC" + (offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId());
    }

    /** 4 h 50 min, 45 min. */
    String duration(long minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " %02d min".formatted(minutes % 60));
    }

    String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        try {
            format.setCurrency(Currency.getInstance(currency == null ? "EUR" : currency));
        } catch (IllegalArgumentException unknown) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }

    String country(String code) {
        return new Locale("", code).getDisplayCountry(language.locale());
    }

    /** "de Tunisie", "du Maroc", "d'Algérie", "des États-Unis" in French; the country's name in English. */
    String ofCountry(String code) {
        String name = country(code);
        if (language != WrittenLanguage.FR) {
            return name;
        }
        if (FRENCH_PLURAL.contains(name)) {
            return "des " + name;
        }
        if ("AEIOUYÉÈÊÎÔÂ".indexOf(Character.toUpperCase(name.charAt(0))) >= 0) {
            return "d'" + name;
        }
        return name.endsWith("e") && !FRENCH_MASCULINE_IN_E.contains(name) ? "de " + name : "du " + name;
    }

    /** "a national of Chad"-like words for the letter's body: in French, "ressortissante du Tchad". */
    String nationalOf(String code, Gender gender) {
        if (language == WrittenLanguage.FR) {
            return gendered("national", gender) + " " + ofCountry(code);
        }
        return country(code);
    }

    String stars(int count) {
        return "★".repeat(Math.max(0, count));
    }

    String list(List<String> items) {
        return String.join(", ", items);
    }
}
