package org.caravan.data.sheets;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Role;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The flagship's 300 participants as a coordinator's registration desk keeps them: a French workbook with a title
 * above the headers, headers of its own wording (one misspelt, a few extra columns), DD/MM/YYYY dates, countries
 * and languages by their French names (or nationality adjectives, or codes), oui/non, stray spaces; a few updates
 * since the last import, four new registrations without ids, and, when asked, a dozen real mistakes.
 */
final class MessyFrenchList {

    /** What a dozen mistakes look like; {@link MessyFrenchListTest} expects exactly these. */
    record Mistake(String id, String column, String written) {
    }

    static final List<Mistake> MISTAKES = List.of(
            new Mistake("p035", "Nationalité", "Burkina"),
            new Mistake("p004", "Nationalité", "Marocc"),
            new Mistake("p043", "Aéroport de départ", "OUG"),
            new Mistake("p060", "Priorité", "haute"),
            new Mistake("p061", "Priorité", "6"),
            new Mistake("p047", "Arrivée", "31/04/2026 09:00"),
            new Mistake("p070", "Partage avec", "Fatima Amranni"),
            new Mistake("p080", "Genre", "?"),
            new Mistake("p090", "Financement", "Fondation Solidarité Sahell"),
            new Mistake("p100", "Langues parlées", "français, anglai"),
            new Mistake("p123", "N°", "p123"),
            new Mistake(null, "Nationalité", ""));

    static final Set<String> PRIORITY_CHANGED = Set.of("p011", "p027", "p038", "p112", "p150", "p201", "p233", "p290");
    static final Set<String> SINGLE_ROOM_ASKED = Set.of("p018", "p140", "p260");
    static final Set<String> WITHOUT_ID = Set.of("p001", "p002");
    static final List<String[]> NEW_REGISTRATIONS = List.of(
            new String[] {"Ndèye Fatou Ñaŋ", "femme", "sénégalaise", "wolof, français", "DSS", "Jotaay Jigéen", "déléguée", "3"},
            new String[] {"Ousmane Sow", "H", "Sénégal", "français / wolof / peul", "dakar", "Jotaay Jigéen", "délégué", "2"},
            new String[] {"Oyunchimeg Batbayar", "F", "Mongolie", "mongol, anglais", "UBN", "Steppe Herders Union", "intervenante", "4"},
            new String[] {"Karim Haddad", "M", "Tunisie", "arabe, français", "TUN", "Ligue des jeunes de Gabès", "délégué", "2"});

    private static final String[] HEADERS = {"N°", "Nom et prénom", "Genre", "Nationalité", "Langues parlées",
            "Aéroport de départ", "Organisation", "Délégation", "Fonction", "Priorité", "Présence obligatoire", "Financement",
            "Transport", "Hébergement", "Arrivée", "Départ", "Chambre individuelle", "PMR", "Partage avec", "Foyer",
            "Visas", "Langue préféré", "Téléphone", "Remarques"};
    private static final List<String> REMARKS = List.of("", "", "", "végétarien", "arrive la veille ?", "allergie arachides",
            "accompagné(e)", "demande facture", "à rappeler");
    private static final Map<String, String> DEMONYMS_F = Map.of("SN", "sénégalaise", "ML", "malienne", "TN", "tunisienne",
            "MA", "marocaine", "FR", "française", "DZ", "algérienne", "NE", "nigérienne", "TD", "tchadienne");
    private static final Map<String, String> DEMONYMS_M = Map.of("SN", "sénégalais", "ML", "malien", "TN", "tunisien",
            "MA", "marocain", "FR", "français", "DZ", "algérien", "NE", "nigérien", "TD", "tchadien");
    private static final Map<String, String> LANGUAGE_WORDS = Map.ofEntries(Map.entry("fr", "français"), Map.entry("en", "anglais"),
            Map.entry("ar", "arabe"), Map.entry("wo", "wolof"), Map.entry("bm", "bambara"), Map.entry("mos", "mooré"),
            Map.entry("de", "allemand"), Map.entry("it", "italien"), Map.entry("ff", "peul"), Map.entry("ha", "haoussa"),
            Map.entry("dyu", "dioula"), Map.entry("mey", "hassaniya"), Map.entry("mn", "mongol"), Map.entry("zgh", "tamazight"),
            Map.entry("nl", "néerlandais"), Map.entry("dje", "zarma"), Map.entry("es", "espagnol"), Map.entry("tmh", "tamasheq"),
            Map.entry("kab", "kabyle"), Map.entry("ru", "russe"), Map.entry("tr", "turc"));
    private static final Set<String> CITIES_WRITTEN_ALIKE = Set.of("OUA", "BKO", "DSS", "NIM", "NKC", "TUN");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter FRENCH_HOURS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH'h'mm");

    private final Dataset dataset;
    private final boolean withMistakes;
    private final Random random = new Random(20261202L);
    private final Map<String, Long> namesUsed;

    private MessyFrenchList(Dataset dataset, boolean withMistakes) {
        this.dataset = dataset;
        this.withMistakes = withMistakes;
        this.namesUsed = dataset.participants().stream().collect(Collectors.groupingBy(Participant::name, Collectors.counting()));
    }

    /** The workbook, with the dozen mistakes or without them. */
    static byte[] workbook(Dataset flagship, boolean withMistakes) {
        return new MessyFrenchList(flagship, withMistakes).write();
    }

    private byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Feuil1");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            sheet.createRow(0).createCell(0).setCellValue("Sommet de la société civile – Djerba 2026");
            sheet.createRow(1).createCell(0).setCellValue("Liste des inscrits – version du 2 décembre (ne pas diffuser)");
            Row header = sheet.createRow(3);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            int r = 4;
            for (Participant participant : dataset.participants()) {
                writeRow(sheet.createRow(r++), participant, dateStyle);
                if (withMistakes && participant.id().equals("p123")) {
                    writeRow(sheet.createRow(r++), participant, dateStyle);
                }
            }
            for (int n = 0; n < NEW_REGISTRATIONS.size(); n++) {
                String[] person = NEW_REGISTRATIONS.get(n);
                Row row = sheet.createRow(r++);
                set(row, "Nom et prénom", person[0]);
                set(row, "Genre", person[1]);
                set(row, "Nationalité", withMistakes && n == NEW_REGISTRATIONS.size() - 1 ? "" : person[2]);
                set(row, "Langues parlées", person[3]);
                set(row, "Aéroport de départ", person[4]);
                set(row, "Organisation", person[5]);
                set(row, "Fonction", person[6]);
                set(row, "Priorité", person[7]);
                set(row, "Remarques", "nouvelle inscription");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRow(Row row, Participant p, CellStyle dateStyle) {
        set(row, "N°", WITHOUT_ID.contains(p.id()) ? "" : pick(0.06) ? p.id() + " " : p.id());
        set(row, "Nom et prénom", messyName(p.name()));
        set(row, "Genre", gender(p.gender()));
        set(row, "Nationalité", nationality(p));
        set(row, "Langues parlées", languages(p.languages()));
        set(row, "Aéroport de départ", airports(p.homeAirports()));
        set(row, "Organisation", p.organisation());
        set(row, "Délégation", p.delegation());
        set(row, "Fonction", role(p.role(), p.gender()));
        int priority = PRIORITY_CHANGED.contains(p.id()) ? (p.priority() == 5 ? 4 : p.priority() + 1) : p.priority();
        if (pick(0.7)) {
            row.createCell(column("Priorité")).setCellValue(priority);
        } else {
            set(row, "Priorité", String.valueOf(priority));
        }
        set(row, "Présence obligatoire", p.mustAttend() ? oneOf("oui", "Oui", "OUI") : oneOf("non", "Non", "", ""));
        set(row, "Financement", fund(p));
        set(row, "Transport", p.flies() ? oneOf("avion", "Avion", "") : oneOf("aucun", "sur place", "Local"));
        set(row, "Hébergement", p.needsLodging() ? oneOf("oui", "", "") : "non");
        if (p.fixedArrival() != null) {
            dateCell(row, "Arrivée", p.fixedArrival(), dateStyle);
            dateCell(row, "Départ", p.fixedDeparture(), dateStyle);
        }
        boolean single = p.needs().singleRoom() || SINGLE_ROOM_ASKED.contains(p.id());
        set(row, "Chambre individuelle", single ? oneOf("oui", "x", "Oui") : oneOf("non", "", ""));
        set(row, "PMR", p.needs().accessibleRoom() ? "oui" : oneOf("", "", "non"));
        set(row, "Partage avec", p.roommateRequests().stream().map(this::roommate).collect(Collectors.joining(", ")));
        set(row, "Foyer", p.household() == null ? "" : p.household());
        set(row, "Visas", p.visasHeld().stream().map(visa -> oneOf(visa, visa.toLowerCase(Locale.ROOT),
                visa.charAt(0) + visa.substring(1).toLowerCase(Locale.ROOT))).collect(Collectors.joining(", ")));
        set(row, "Langue préféré", p.preferredLanguage() == null ? "" : p.preferredLanguage());
        set(row, "Téléphone", "+2%02d %02d %02d %02d %02d".formatted(random.nextInt(100), random.nextInt(100), random.nextInt(100),
                random.nextInt(100), random.nextInt(100)));
        set(row, "Remarques", REMARKS.get(random.nextInt(REMARKS.size())));
        if (withMistakes) {
            for (Mistake mistake : MISTAKES) {
                if (p.id().equals(mistake.id()) && !mistake.column().equals("N°")) {
                    set(row, mistake.column(), mistake.written());
                }
            }
        }
    }

    private void dateCell(Row row, String header, LocalDateTime time, CellStyle style) {
        if (time == null) {
            return;
        }
        if (pick(0.5)) {
            row.createCell(column(header)).setCellValue(time);
            row.getCell(column(header)).setCellStyle(style);
        } else {
            set(row, header, (pick(0.5) ? DAY_FIRST : FRENCH_HOURS).format(time));
        }
    }

    private String messyName(String name) {
        double u = random.nextDouble();
        if (u < 0.08) {
            return name.replaceFirst(" ", "  ");
        }
        if (u < 0.16) {
            return " " + name + "  ";
        }
        return name;
    }

    private String gender(Gender gender) {
        return switch (gender) {
            case F -> oneOf("F", "F", "femme", "Femme", "f", "Mme");
            case M -> oneOf("M", "M", "H", "homme", "Homme", "m");
            case X -> oneOf("X", "autre");
        };
    }

    private String nationality(Participant p) {
        String code = p.nationality();
        Locale country = new Locale("", code);
        double u = random.nextDouble();
        Map<String, String> demonyms = p.gender() == Gender.F ? DEMONYMS_F : DEMONYMS_M;
        if (u < 0.15 && demonyms.containsKey(code)) {
            return demonyms.get(code);
        }
        if (u < 0.35) {
            return code;
        }
        if (u < 0.45) {
            return country.getDisplayCountry(Locale.ENGLISH);
        }
        if (u < 0.6) {
            return Words.key(country.getDisplayCountry(Locale.FRENCH));
        }
        return country.getDisplayCountry(Locale.FRENCH);
    }

    private String languages(List<String> codes) {
        List<String> words = new ArrayList<>();
        for (String code : codes) {
            words.add(pick(0.25) ? code : LANGUAGE_WORDS.getOrDefault(code, code));
        }
        if (words.size() == 2 && pick(0.3)) {
            return words.get(0) + " et " + words.get(1);
        }
        return String.join(pick(0.2) ? " / " : ", ", words);
    }

    private String airports(List<String> codes) {
        return codes.stream().map(code -> {
            double u = random.nextDouble();
            if (u < 0.1 && CITIES_WRITTEN_ALIKE.contains(code)) {
                return dataset.airports().stream().filter(airport -> airport.code().equals(code)).findFirst().orElseThrow().city();
            }
            return u < 0.2 ? code.toLowerCase(Locale.ROOT) : code;
        }).collect(Collectors.joining(", "));
    }

    private String role(Role role, Gender gender) {
        boolean woman = gender == Gender.F;
        return switch (role) {
            case DELEGATE -> pick(0.3) ? "" : woman ? "déléguée" : "délégué";
            case SPEAKER -> woman ? "intervenante" : "intervenant";
            case VIP -> "VIP";
            case STAFF -> oneOf("équipe", "Equipe", "staff");
            case PRESS -> oneOf("presse", "journaliste");
            case ORGANISER -> woman ? "organisatrice" : "organisateur";
        };
    }

    private String fund(Participant p) {
        if (p.fund() == null) {
            return "";
        }
        if (p.isSelfFunded()) {
            return oneOf("autofinancé", "Autofinancée", "SELF");
        }
        Fund fund = dataset.budget().funds().stream().filter(candidate -> candidate.id().equals(p.fund())).findFirst().orElseThrow();
        return pick(0.4) ? fund.name() : fund.id();
    }

    private String roommate(String id) {
        Participant other = dataset.participants().stream().filter(candidate -> candidate.id().equals(id)).findFirst().orElseThrow();
        return pick(0.3) && namesUsed.get(other.name()) == 1 ? other.name() : id;
    }

    private boolean pick(double probability) {
        return random.nextDouble() < probability;
    }

    private String oneOf(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static int column(String header) {
        for (int c = 0; c < HEADERS.length; c++) {
            if (HEADERS[c].equals(header)) {
                return c;
            }
        }
        throw new IllegalArgumentException(header);
    }

    private static void set(Row row, String header, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column(header)).setCellValue(value);
        } else if (row.getCell(column(header)) != null) {
            row.removeCell(row.getCell(column(header)));
        }
    }
}
