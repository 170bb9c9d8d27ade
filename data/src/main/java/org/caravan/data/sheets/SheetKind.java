package org.caravan.data.sheets;

import org.caravan.data.text.WrittenLanguage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sheets Caravan reads and writes, each one part of a dataset, with their columns. The participants' columns
 * are those of FORMAT.md ("Spreadsheets"); the others are laid out in docs/SPREADSHEETS.md. The Event sheet is a
 * list of settings, one a line (a name, then its value), not a table.
 */
public enum SheetKind {
    EVENT("Event", "Événement", "event settings", List.of("event", "evenement", "settings", "parametres", "reglages"), Fields.EVENT_SHEET),
    FUNDS("Funds", "Financements", "funds", List.of("funds", "fund", "financements", "financement", "bailleurs", "donors"), Fields.FUNDS_SHEET),
    AIRPORTS("Airports", "Aéroports", "airports", List.of("airports", "aeroports"), Fields.AIRPORTS_SHEET),
    PARTICIPANTS("Participants", "Participants", "participants",
            List.of("participants", "participant", "inscrits", "inscriptions", "liste des participants", "people"), Fields.PARTICIPANTS_SHEET),
    HOTELS("Hotels", "Hôtels", "hotels", List.of("hotels", "hotel", "rooms", "chambres", "hebergement"), Fields.HOTELS_SHEET),
    SEGMENTS("Segments", "Vols", "flight segments", List.of("segments", "flights", "vols", "flight segments", "troncons"), Fields.SEGMENTS_SHEET),
    ITINERARIES("Itineraries", "Itinéraires", "itineraries",
            List.of("itineraries", "itineraires", "offers", "offres", "flight offers", "offres de vols", "quotes", "devis"), Fields.ITINERARIES_SHEET),
    VISA_RULES("Visa rules", "Visas", "visa rules", List.of("visa rules", "visas", "regles de visa", "visa"), Fields.VISA_RULES_SHEET);

    private final String english;
    private final String french;
    private final String plural;
    private final List<String> sheetNames;
    private final List<SheetField> fields;

    SheetKind(String english, String french, String plural, List<String> sheetNames, List<SheetField> fields) {
        this.english = english;
        this.french = french;
        this.plural = plural;
        this.sheetNames = sheetNames;
        this.fields = fields;
    }

    /** The sheet's name in a template or an export. */
    public String sheetName(WrittenLanguage language) {
        return language == WrittenLanguage.FR ? french : english;
    }

    /** What an import report counts: "participants", "hotels". */
    public String plural() {
        return plural;
    }

    List<SheetField> fields() {
        return fields;
    }

    boolean isSettings() {
        return this == EVENT;
    }

    Optional<SheetField> field(String path) {
        return fields.stream().filter(field -> field.path().equals(path)).findFirst();
    }

    /** The kind a sheet of this name holds, if its name says so. */
    static Optional<SheetKind> named(String sheetName) {
        if (sheetName == null) {
            return Optional.empty();
        }
        String key = Words.key(sheetName);
        return Arrays.stream(values()).filter(kind -> kind.sheetNames.contains(key)).findFirst();
    }

    /** {@code participants}, {@code hotels}, ... as the API and the command line name a kind. */
    public static Optional<SheetKind> ofName(String name) {
        String key = Words.key(name).replace(" ", "-");
        return Arrays.stream(values()).filter(kind -> kind.name().toLowerCase().replace('_', '-').equals(key)
                || kind.english.toLowerCase().replace(' ', '-').equals(key)).findFirst();
    }
}
