package org.caravan.data.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.poi.ss.usermodel.DateUtil;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Role;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.dataset.TravelMode;
import org.caravan.data.dataset.VisaPurpose;
import org.caravan.data.text.WrittenLanguage;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cell as its column's {@link ValueType} into the JSON value of the dataset field, and writes a field's value
 * back as a cell. Reading accepts what planners type (codes or English and French names, DD/MM/YYYY, oui/non, a
 * decimal comma); a cell it cannot read becomes a {@link CellProblem} that says what was expected and, when a
 * known value is close, which one was probably meant.
 */
final class CellValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*(?:[,;/|+\\n]|\\s+(?:et|and|&)\\s+)\\s*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)");
    private static final Pattern THOUSANDS_WITH_COMMAS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern CURRENCY_MARKS = Pattern.compile("(?i)€|\\$|£|\\b(?:eur|euros?|usd|tnd|dt|cfa|xof|fcfa)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})");
    private static final Pattern TIME = Pattern.compile("(?:[Tt]|\\s+(?:à\\s+|at\\s+)?)(\\d{1,2})(?:[:h](\\d{2})?(?::(\\d{2}))?|h)");
    static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private CellValues() {
    }

    // ---------------------------------------------------------------- reading

    static JsonNode read(ValueType type, Cell cell, Lookups lookups, WrittenLanguage language) throws CellProblem {
        String text = Words.tidy(cell.text());
        return switch (type) {
            case TEXT, ID -> JSON.textNode(text);
            case CODE -> JSON.textNode(text.toUpperCase(Locale.ROOT));
            case WHOLE_NUMBER -> JSON.numberNode(wholeNumber(cell, text, language));
            case NUMBER, MONEY -> JSON.numberNode(decimal(type, cell, text, language));
            case YES_NO -> JSON.booleanNode(yesNo(cell, text, language));
            case DATE -> JSON.textNode(date(cell, text, language).toString());
            case DATE_TIME -> JSON.textNode(ISO_MINUTES.format(dateTime(cell, text, language)));
            case TIME_ZONE -> JSON.textNode(timeZone(text));
            case CURRENCY -> JSON.textNode(currency(text));
            case COUNTRY -> JSON.textNode(country(text, language));
            case LANGUAGE -> JSON.textNode(language(text, lookups, language));
            case AIRPORT -> JSON.textNode(airport(text, lookups));
            case GENDER -> JSON.textNode(word(text, GENDERS, "a gender", "write F, M or X (also femme, homme)").name());
            case ROLE -> JSON.textNode(word(text, ROLES, "a role",
                    "write delegate, speaker, VIP, staff, press or organiser (also délégué, intervenant, équipe, presse, organisateur)").name());
            case TRAVEL_MODE -> JSON.textNode(word(text, TRAVEL_MODES, "a travel mode",
                    "write flight or none (also avion, aucun)").name());
            case VISA_PURPOSE -> JSON.textNode(word(text, VISA_PURPOSES, "a visa purpose",
                    "write entry or transit (also entrée)").name());
            case ROOMMATE_COUNTRY -> JSON.textNode(word(text, ROOMMATE_COUNTRIES, "a roommate nationality rule",
                    "write mix, group or ignore (also mélanger, regrouper, ignorer)").name());
            case FUND -> fund(text, lookups);
            case LANGUAGES, AIRPORTS, PARTICIPANTS, VISAS, SEGMENTS -> list(type, text, lookups, language);
        };
    }

    private static JsonNode list(ValueType type, String text, Lookups lookups, WrittenLanguage language) throws CellProblem {
        ArrayNode values = JSON.arrayNode();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String item : LIST_SEPARATORS.split(text)) {
            if (item.isBlank()) {
                continue;
            }
            try {
                String value = switch (type) {
                    case LANGUAGES -> language(item, lookups, language);
                    case AIRPORTS -> airport(item, lookups);
                    case PARTICIPANTS -> participant(item, lookups);
                    case VISAS -> visa(item, lookups);
                    case SEGMENTS -> segment(item, lookups);
                    default -> throw new IllegalArgumentException(type + " is not a list");
                };
                if (seen.add(value) || type == ValueType.SEGMENTS) {
                    values.add(value);
                }
            } catch (CellProblem problem) {
                List<String> words = spaceSeparated(type, item, lookups, language);
                if (words.isEmpty()) {
                    problems.add(problem.getMessage());
                } else {
                    words.stream().filter(seen::add).forEach(values::add);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CellProblem(String.join(" ", problems));
        }
        return values;
    }

    /** "fr ar" is two languages when each word is one; empty when any is not. */
    private static List<String> spaceSeparated(ValueType type, String item, Lookups lookups, WrittenLanguage language) {
        if (!item.contains(" ") || type == ValueType.PARTICIPANTS) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String word : item.split("\\s+")) {
            try {
                values.add(switch (type) {
                    case LANGUAGES -> language(word, lookups, language);
                    case AIRPORTS -> airport(word, lookups);
                    case SEGMENTS -> segment(word, lookups);
                    default -> visa(word, lookups);
                });
            } catch (CellProblem notOne) {
                return List.of();
            }
        }
        return values;
    }

    private static long wholeNumber(Cell cell, String text, WrittenLanguage language) throws CellProblem {
        BigDecimal value = cell instanceof Cell.Number number ? BigDecimal.valueOf(number.value()) : parseDecimal(text, language);
        if (value == null) {
            throw new CellProblem("'%s' is not a whole number.".formatted(text));
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException fraction) {
            throw new CellProblem("'%s' is not a whole number.".formatted(text));
        }
    }

    private static BigDecimal decimal(ValueType type, Cell cell, String text, WrittenLanguage language) throws CellProblem {
        BigDecimal value = cell instanceof Cell.Number number ? BigDecimal.valueOf(number.value())
                : parseDecimal(type == ValueType.MONEY ? CURRENCY_MARKS.matcher(text).replaceAll("") : text, language);
        if (value == null) {
            throw new CellProblem(type == ValueType.MONEY
                    ? "'%s' is not an amount; write a number such as 95 or 95,50.".formatted(text)
                    : "'%s' is not a number.".formatted(text));
        }
        return plain(value);
    }

    /** 95, 95.0 and 95.00 are the same amount; a dataset writes it once, as 95. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** 1250, "1 250,50", "1.250,50" and, in an English sheet, "1,250.50"; null when it is no number. */
    private static BigDecimal parseDecimal(String text, WrittenLanguage language) {
        String compact = text.replaceAll("[\\s'’]", "");
        if (compact.isEmpty()) {
            return null;
        }
        if (compact.indexOf(',') >= 0 && compact.indexOf('.') >= 0) {
            boolean commaLast = compact.lastIndexOf(',') > compact.lastIndexOf('.');
            compact = commaLast ? compact.replace(".", "").replace(',', '.') : compact.replace(",", "");
        } else if (language == WrittenLanguage.EN && THOUSANDS_WITH_COMMAS.matcher(compact).matches()) {
            compact = compact.replace(",", "");
        } else {
            compact = compact.replace(',', '.');
        }
        if (!NUMBER.matcher(compact).matches() || compact.chars().filter(c -> c == '.').count() > 1) {
            return null;
        }
        return new BigDecimal(compact.startsWith(".") || compact.startsWith("-.") || compact.startsWith("+.")
                ? compact.replace(".", "0.") : compact);
    }

    private static final Map<String, Boolean> YES_NO = words(Map.of(
            Boolean.TRUE, "yes, y, oui, o, true, vrai, 1, x, ✓, ✔",
            Boolean.FALSE, "no, n, non, false, faux, 0, -"));

    private static boolean yesNo(Cell cell, String text, WrittenLanguage language) throws CellProblem {
        if (cell instanceof Cell.Bool bool) {
            return bool.value();
        }
        Boolean value = YES_NO.get(Words.key(text));
        if (value == null && text.strip().matches("[✓✔]")) {
            value = true;
        }
        if (value == null) {
            throw new CellProblem("'%s' is not yes or no; write %s.".formatted(text, language == WrittenLanguage.FR ? "oui or non" : "yes or no"));
        }
        return value;
    }

    // ---------------------------------------------------------------- dates

    private static LocalDate date(Cell cell, String text, WrittenLanguage language) throws CellProblem {
        LocalDateTime value = dateTimeOrDate(cell, text, language, false);
        if (!value.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new CellProblem("'%s' has a time of day; write the date alone, such as %s.".formatted(text,
                    example(language, false)));
        }
        return value.toLocalDate();
    }

    private static LocalDateTime dateTime(Cell cell, String text, WrittenLanguage language) throws CellProblem {
        return dateTimeOrDate(cell, text, language, true);
    }

    private static LocalDateTime dateTimeOrDate(Cell cell, String text, WrittenLanguage language, boolean needsTime)
            throws CellProblem {
        if (cell instanceof Cell.DateTime dateTime) {
            return dateTime.value();
        }
        if (cell instanceof Cell.Number number && number.value() > 20_000 && number.value() < 80_000) {
            // A date cell that lost its format still holds Excel's day number.
            return DateUtil.getLocalDateTime(number.value());
        }
        String compact = text.strip();
        Matcher iso = ISO_DATE.matcher(compact);
        Matcher dayFirst = DAY_FIRST.matcher(compact);
        int year;
        int month;
        int day;
        String rest;
        if (iso.lookingAt()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
            rest = compact.substring(iso.end());
        } else if (dayFirst.lookingAt()) {
            day = Integer.parseInt(dayFirst.group(1));
            month = Integer.parseInt(dayFirst.group(2));
            year = Integer.parseInt(dayFirst.group(3));
            year = year < 100 ? 2000 + year : year;
            rest = compact.substring(dayFirst.end());
        } else {
            throw new CellProblem("'%s' is not a date; write %s (day first) or YYYY-MM-DD, such as %s."
                    .formatted(text, needsTime ? "DD/MM/YYYY HH:MM" : "DD/MM/YYYY", example(language, needsTime)));
        }
        LocalDate date = calendarDate(text, year, month, day, iso.lookingAt(), rest);
        LocalTime time = timeOfDay(text, rest, needsTime, language);
        return date.atTime(time);
    }

    private static LocalDate calendarDate(String text, int year, int month, int day, boolean iso, String time)
            throws CellProblem {
        if (month > 12 && day <= 12 && !iso) {
            String swapped = "%02d/%02d/%d".formatted(month, day, year) + time;
            throw new CellProblem("'%s' is not a date: there is no month %d; dates are written day first; did you mean %s?"
                    .formatted(text, month, swapped));
        }
        if (month < 1 || month > 12) {
            throw new CellProblem("'%s' is not a date: there is no month %d.".formatted(text, month));
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new CellProblem("'%s' is not a date: %s %d has no day %d.".formatted(text,
                    Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH), year, day));
        }
    }

    private static LocalTime timeOfDay(String text, String rest, boolean needsTime, WrittenLanguage language) throws CellProblem {
        if (rest.isBlank()) {
            if (needsTime) {
                throw new CellProblem("'%s' has no time of day; write DD/MM/YYYY HH:MM, such as %s."
                        .formatted(text, example(language, true)));
            }
            return LocalTime.MIDNIGHT;
        }
        Matcher time = TIME.matcher(rest);
        if (!time.matches()) {
            throw new CellProblem("'%s' is not a date and time; write DD/MM/YYYY HH:MM, such as %s."
                    .formatted(text, example(language, true)));
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = time.group(2) == null ? 0 : Integer.parseInt(time.group(2));
        int second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
        if (hour > 23 || minute > 59 || second > 59) {
            throw new CellProblem("'%s' is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.".formatted(text));
        }
        return LocalTime.of(hour, minute);
    }

    private static String example(WrittenLanguage language, boolean withTime) {
        return withTime ? "25/03/2026 14:30" : "25/03/2026";
    }

    // ---------------------------------------------------------------- places, languages, money

    /** Region names and their cities ("tunis" for Africa/Tunis), looked up by {@link Words#key}. */
    private static final class Zones {
        static final Map<String, String> BY_KEY = new LinkedHashMap<>();
        static final List<Words.Entry<String>> CITIES = new ArrayList<>();

        static {
            for (String zone : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
                if (!zone.contains("/") || zone.startsWith("Etc/") || zone.startsWith("SystemV/")) {
                    continue;
                }
                BY_KEY.putIfAbsent(Words.key(zone), zone);
                String city = zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' ');
                BY_KEY.putIfAbsent(Words.key(city), zone);
                CITIES.add(new Words.Entry<>(Words.key(city), zone));
            }
        }
    }

    private static String timeZone(String text) throws CellProblem {
        String zone = Zones.BY_KEY.get(Words.key(text));
        if (zone != null) {
            return zone;
        }
        throw CellProblem.notA(text, "a time zone", Words.suggestions(text, Zones.CITIES, 3),
                "use a region name such as Africa/Tunis or Europe/Paris");
    }

    private static String currency(String text) throws CellProblem {
        String key = Words.key(text);
        if (text.strip().equals("€") || key.equals("euro") || key.equals("euros")) {
            return "EUR";
        }
        for (Currency currency : Currency.getAvailableCurrencies()) {
            if (currency.getCurrencyCode().equalsIgnoreCase(text.strip())
                    || Words.key(currency.getDisplayName(Locale.ENGLISH)).equals(key)
                    || Words.key(currency.getDisplayName(Locale.FRENCH)).equals(key)) {
                return currency.getCurrencyCode();
            }
        }
        throw new CellProblem("'%s' is not a currency; write its three-letter code, such as EUR or TND.".formatted(text));
    }

    private static String country(String text, WrittenLanguage language) throws CellProblem {
        Optional<String> code = Countries.LEXICON.find(text);
        if (code.isPresent()) {
            return code.get();
        }
        throw CellProblem.notA(text, "a country", displayed(Countries.LEXICON, text, language),
                "write its two-letter code (such as BF) or its name in English or French");
    }

    private static String language(String text, Lookups lookups, WrittenLanguage language) throws CellProblem {
        String code = text.strip().toLowerCase(Locale.ROOT);
        if (lookups.languages.contains(code)) {
            return code;
        }
        Optional<String> known = Languages.LEXICON.find(text);
        if (known.isPresent()) {
            return known.get();
        }
        throw CellProblem.notA(text, "a language", displayed(Languages.LEXICON, text, language),
                "write its code (such as fr or mos) or its name in English or French");
    }

    private static List<String> displayed(Lexicon lexicon, String text, WrittenLanguage language) {
        return lexicon.suggest(text).stream().map(code -> lexicon.display(code, language)).toList();
    }

    private static String airport(String text, Lookups lookups) throws CellProblem {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (lookups.airportCities.containsKey(code)) {
            return code;
        }
        Optional<String> byCity = lookups.airportInCity(text);
        if (byCity.isPresent()) {
            return byCity.get();
        }
        List<String> meant = meant(text, lookups.airportCities);
        throw CellProblem.notA(text, "an airport of the dataset", meant,
                "write its three-letter code, and add it to the Airports sheet if the dataset does not have it");
    }

    private static JsonNode fund(String text, Lookups lookups) throws CellProblem {
        String key = Words.key(text);
        if (Fund.SELF.equalsIgnoreCase(text.strip()) || SELF_FUNDED.contains(key)) {
            return JSON.textNode(Fund.SELF);
        }
        if (GENERAL_BUDGET.contains(key)) {
            return JSON.nullNode();
        }
        if (lookups.fundNames.containsKey(text.strip())) {
            return JSON.textNode(text.strip());
        }
        Optional<String> named = lookups.fundNamed(text);
        if (named.isPresent()) {
            return JSON.textNode(named.get());
        }
        List<String> meant = meant(text, lookups.fundNames);
        throw CellProblem.notA(text, "a fund", meant,
                "write a fund's id or name, SELF (autofinancé) for people who pay for themselves, or leave it empty for the general budget");
    }

    private static final Set<String> SELF_FUNDED = Set.of("self", "self funded", "selffunded", "autofinance",
            "autofinancee", "auto finance", "auto financee", "autofinancement", "paie lui meme", "pays own way");
    private static final Set<String> GENERAL_BUDGET = Set.of("general", "general budget", "budget general", "budget");

    private static String participant(String text, Lookups lookups) throws CellProblem {
        String id = text.strip();
        if (lookups.participantNames.containsKey(id)) {
            return id;
        }
        List<String> named = lookups.participantsNamed(text);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new CellProblem("'%s' names %d participants (%s); write the id of the one meant."
                    .formatted(text, named.size(), String.join(", ", named)));
        }
        List<String> meant = meant(text, lookups.participantNames);
        throw CellProblem.notA(text, "a participant", meant, "write the participant's id or full name");
    }

    /** What a reference was probably meant as, among ids and their names: "OUA (Ouagadougou)", "p299 (Fatima Amrani)". */
    private static List<String> meant(String text, Map<String, String> namesById) {
        List<Words.Entry<String>> known = new ArrayList<>();
        namesById.forEach((id, name) -> {
            known.add(new Words.Entry<>(Words.key(id), id));
            if (name != null) {
                known.add(new Words.Entry<>(Words.key(name), id));
            }
        });
        return Words.suggestions(text, known, 3).stream()
                .map(id -> namesById.get(id) == null ? id : id + " (" + namesById.get(id) + ")").toList();
    }

    private static String visa(String text, Lookups lookups) {
        String key = Words.key(text).replace(" ", "");
        return lookups.visas.stream().filter(visa -> Words.key(visa).replace(" ", "").equals(key)).findFirst()
                .orElse(text.strip().toUpperCase(Locale.ROOT));
    }

    private static String segment(String text, Lookups lookups) throws CellProblem {
        String id = text.strip();
        if (lookups.segments.contains(id)) {
            return id;
        }
        Optional<String> sameLetters = lookups.segments.stream().filter(known -> known.equalsIgnoreCase(id)).findFirst();
        if (sameLetters.isPresent()) {
            return sameLetters.get();
        }
        List<Words.Entry<String>> known = lookups.segments.stream().map(segment -> new Words.Entry<>(Words.key(segment), segment)).toList();
        throw CellProblem.notA(text, "a flight segment", Words.suggestions(text, known, 3),
                "write the id of a row of the Segments sheet");
    }

    // ---------------------------------------------------------------- words for enum values

    private static final Map<String, Gender> GENDERS = words(Map.of(
            Gender.F, "f, female, femme, woman, w, feminin, féminine, mme, madame, mlle",
            Gender.M, "m, male, homme, man, h, masculin, mr, monsieur",
            Gender.X, "x, other, autre, non binary, non binaire, nonbinary"));
    private static final Map<String, Role> ROLES = words(Map.of(
            Role.DELEGATE, "delegate, délégué, déléguée, delegue, participant, participante",
            Role.SPEAKER, "speaker, intervenant, intervenante, orateur, oratrice, panelist, panéliste, conférencier, conférencière",
            Role.VIP, "vip, invité d'honneur, invitée d'honneur, guest of honour, guest of honor",
            Role.STAFF, "staff, équipe, equipe, personnel, bénévole, volunteer",
            Role.PRESS, "press, presse, journaliste, journalist, media, média",
            Role.ORGANISER, "organiser, organizer, organisateur, organisatrice"));
    private static final Map<String, TravelMode> TRAVEL_MODES = words(Map.of(
            TravelMode.FLIGHT, "flight, fly, plane, air, avion, vol, aérien",
            TravelMode.NONE, "none, aucun, aucune, local, land, road, route, terrestre, voiture, car, bus, train, sur place"));
    private static final Map<String, VisaPurpose> VISA_PURPOSES = words(Map.of(
            VisaPurpose.ENTRY, "entry, entrée, entree, séjour",
            VisaPurpose.TRANSIT, "transit"));
    private static final Map<String, RoommateCountryMode> ROOMMATE_COUNTRIES = words(Map.of(
            RoommateCountryMode.MIX, "mix, mélanger, melanger, mixer, mélange",
            RoommateCountryMode.GROUP, "group, regrouper, grouper, regroupement",
            RoommateCountryMode.IGNORE, "ignore, ignorer"));

    private static <T> Map<String, T> words(Map<T, String> wordsByValue) {
        Map<String, T> byKey = new LinkedHashMap<>();
        wordsByValue.forEach((value, words) -> {
            for (String word : words.split(",")) {
                byKey.put(Words.key(word), value);
            }
            byKey.put(Words.key(value.toString()), value);
        });
        return byKey;
    }

    private static <T> T word(String text, Map<String, T> known, String what, String expected) throws CellProblem {
        T value = known.get(Words.key(text));
        if (value != null) {
            return value;
        }
        List<Words.Entry<T>> entries = known.entrySet().stream().map(entry -> new Words.Entry<>(entry.getKey(), entry.getValue())).toList();
        List<String> meant = Words.suggestions(text, entries, 2).stream().map(Object::toString).toList();
        throw CellProblem.notA(text, what, meant, expected);
    }

    // ---------------------------------------------------------------- writing

    /**
     * A field's value as a cell: text, a number, a date (LocalDate or LocalDateTime), or null for an empty cell.
     * Enum values and yes/no are written in the sheet's language, so a French export reads "oui" and "délégué".
     */
    static Object write(ValueType type, JsonNode value, WrittenLanguage language) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return switch (type) {
            case WHOLE_NUMBER -> value.longValue();
            case NUMBER, MONEY -> value.decimalValue();
            case YES_NO -> value.booleanValue() ? (language == WrittenLanguage.FR ? "oui" : "yes") : (language == WrittenLanguage.FR ? "non" : "no");
            case DATE -> LocalDate.parse(value.asText());
            case DATE_TIME -> LocalDateTime.parse(value.asText());
            case ROLE -> language == WrittenLanguage.FR ? FRENCH_ROLES.get(Role.valueOf(value.asText())) : value.asText();
            case TRAVEL_MODE -> language == WrittenLanguage.FR ? (value.asText().equals("NONE") ? "aucun" : "avion") : value.asText().toLowerCase(Locale.ROOT);
            case VISA_PURPOSE -> language == WrittenLanguage.FR && value.asText().equals("ENTRY") ? "entrée" : value.asText().toLowerCase(Locale.ROOT);
            case ROOMMATE_COUNTRY -> language == WrittenLanguage.FR ? FRENCH_ROOMMATE_COUNTRIES.get(value.asText()) : value.asText().toLowerCase(Locale.ROOT);
            case LANGUAGES, AIRPORTS, PARTICIPANTS, VISAS, SEGMENTS -> {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                yield items.isEmpty() ? null : String.join(", ", items);
            }
            default -> value.asText();
        };
    }

    private static final Map<Role, String> FRENCH_ROLES = Map.of(Role.DELEGATE, "délégué", Role.SPEAKER, "intervenant",
            Role.VIP, "VIP", Role.STAFF, "équipe", Role.PRESS, "presse", Role.ORGANISER, "organisateur");
    private static final Map<String, String> FRENCH_ROOMMATE_COUNTRIES = Map.of("MIX", "mélanger", "GROUP", "regrouper",
            "IGNORE", "ignorer");
}
