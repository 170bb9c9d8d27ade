package org.caravan.data.sheets;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.VisaRule;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidationIssue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a dataset from spreadsheets, or merges them into one: participants from a CSV file or the first sheet of a
 * workbook, and any of the other parts (event, funds, airports, hotels with rooms, flight segments and itineraries,
 * visa rules) from sheets of their own. Rows are matched to the dataset by id: a known id updates that record, a
 * new one adds it, and records no row names are kept. A column the sheet does not have leaves that field as it was;
 * an empty cell takes the format's default.
 * <p>
 * Every problem is found at once and placed at its sheet, row and column, first those of the cells, then those the
 * dataset validation finds in the result ({@link DatasetLoader}), placed the same way. Problems change nothing: the
 * result is a valid dataset or an {@link InvalidSheetsException}.
 */
public final class SheetImporter {

    private static final ObjectMapper MAPPER = CaravanJson.mapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Set<String> EXPLANATION_SHEETS = Set.of("columns", "colonnes", "explanations", "explications",
            "help", "aide", "read me", "readme", "lisez moi", "notice", "instructions");
    private static final Pattern NUMBERED_ID = Pattern.compile("([A-Za-z_-]*)(\\d+)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** Numbers compare by value: 95, 95.0 and 95.00 are one price. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /** Columns a new record of each kind cannot do without; a row that only updates may leave them out. */
    private static final Map<SheetKind, List<String>> NEEDED_BY_NEW = Map.of(
            SheetKind.PARTICIPANTS, List.of("name", "gender", "nationality", "languages", "priority"),
            SheetKind.FUNDS, List.of("id", "amount"),
            SheetKind.AIRPORTS, List.of("code", "country", "timeZone"),
            SheetKind.HOTELS, List.of("id", "stars", "capacity", "pricePerNight", "available.from", "available.to"),
            SheetKind.SEGMENTS, List.of("id", "from", "to", "departure", "arrival"),
            SheetKind.ITINERARIES, List.of("id", "price"),
            SheetKind.VISA_RULES, List.of("nationality", "country", "purpose", "visa"));

    private final @Nullable Dataset into;
    private final List<SheetIssue> problems = new ArrayList<>();
    private final List<SheetIssue> notes = new ArrayList<>();
    private final List<ImportReport.Count> counts = new ArrayList<>();
    private final Lookups lookups = new Lookups();
    /** Where each record came from: "participants/p014" is row 14 of the sheet Participants. */
    private final Map<String, Origin> origins = new LinkedHashMap<>();
    /** Cells already reported, so the dataset validation does not report them twice. */
    private final Set<String> reportedCells = new HashSet<>();
    /** Columns reported missing, per sheet. */
    private final Set<String> reportedColumns = new HashSet<>();
    /** The id each participant row stands for: its own, the one its name found, or a new one. */
    private final Map<SheetTable.Row, String> assignedIds = new IdentityHashMap<>();
    /** Rows that add a record, for telling which sheets need the columns a new record cannot do without. */
    private final Set<SheetTable.Row> addingRows = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Cells that name airports, funds or segments of a new dataset that has none, counted to be reported once. */
    private final Map<String, Integer> rowsNamingMissing = new LinkedHashMap<>();
    /** JSON path prefixes ($.participants[3]) of the records rows gave, with their rows. */
    private final Map<String, Origin> originOfPath = new LinkedHashMap<>();

    private SheetImporter(@Nullable Dataset into) {
        this.into = into;
    }

    /**
     * The dataset these files make, merged into {@code into} when it is given (a valid dataset; null for a new
     * one, which then needs an Event sheet and all the rest).
     *
     * @throws InvalidSheetsException with every problem, when the files cannot make a valid dataset
     */
    public static ImportedDataset importSheets(List<SheetFile> files, @Nullable Dataset into) {
        return new SheetImporter(into).run(files);
    }

    // ---------------------------------------------------------------- the sheets and their columns

    /** A row's place, for messages. */
    private record Origin(Sheet sheet, int row) {
    }

    /** A sheet understood: its kind, language, the column each field is read from and the rows below the headers. */
    private static final class Sheet {
        final SheetTable table;
        final SheetKind kind;
        final WrittenLanguage language;
        final Map<SheetField, Integer> columns = new LinkedHashMap<>();
        final Map<SheetField, String> headers = new LinkedHashMap<>();
        final List<SheetTable.Row> rows = new ArrayList<>();
        /** For the Event sheet: the row each setting is on. */
        final Map<SheetField, SheetTable.Row> settings = new LinkedHashMap<>();
        final Map<Integer, String> unknownHeaders = new LinkedHashMap<>();

        Sheet(SheetTable table, SheetKind kind, WrittenLanguage language) {
            this.table = table;
            this.kind = kind;
            this.language = language;
        }

        String label() {
            return table.label();
        }

        String header(SheetField field) {
            return headers.getOrDefault(field, field.header(language));
        }

        Optional<SheetField> field(String path) {
            return headers.keySet().stream().filter(field -> field.path().equals(path)).findFirst();
        }
    }

    /** One row's values, field by field; a field whose cell could not be read is absent. */
    private record Values(Sheet sheet, SheetTable.Row row, Map<SheetField, JsonNode> byField) {

        JsonNode get(String path) {
            return byField.entrySet().stream().filter(entry -> entry.getKey().path().equals(path))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        boolean has(String path) {
            JsonNode value = get(path);
            return value != null && !value.isNull() && !(value.isArray() && value.isEmpty());
        }

        String text(String path) {
            JsonNode value = get(path);
            return value == null || value.isNull() ? null : value.asText();
        }

        Origin origin() {
            return new Origin(sheet, row.number());
        }
    }

    private ImportedDataset run(List<SheetFile> files) {
        List<Sheet> sheets = new ArrayList<>();
        for (SheetFile file : files) {
            sheets.addAll(understand(file));
        }
        if (sheets.isEmpty() && problems.isEmpty()) {
            problems.add(SheetIssue.at(null, null, null, "No sheet Caravan reads was found; start from a template "
                    + "(participants, hotels, flights or the whole dataset)."));
        }
        gatherLookups(sheets);
        ObjectNode tree = into == null ? newTree() : MAPPER.valueToTree(into);
        for (SheetKind kind : SheetKind.values()) {
            List<Sheet> ofKind = sheets.stream().filter(sheet -> sheet.kind == kind).toList();
            if (!ofKind.isEmpty()) {
                apply(kind, ofKind, tree);
            }
        }
        rowsNamingMissing.forEach((part, rows) -> problems.add(SheetIssue.at(null, null, null,
                "The new dataset has no %s for %d cells to refer to; add %s sheet (see the template), or import into an existing dataset."
                        .formatted(part, rows, part.equals("airports") ? "an Airports" : part.equals("funds") ? "a Funds" : "a Segments"))));
        Dataset dataset = validate(tree);
        ImportReport report = new ImportReport(counts, notes, inFileOrder(problems, sheets));
        if (!problems.isEmpty()) {
            throw new InvalidSheetsException(report);
        }
        return new ImportedDataset(dataset, report);
    }

    /** The dataset's own problems first, then each sheet's, its own before its rows', rows in order. */
    private static List<SheetIssue> inFileOrder(List<SheetIssue> problems, List<Sheet> sheets) {
        List<String> order = new ArrayList<>(sheets.stream().map(Sheet::label).distinct().toList());
        List<SheetIssue> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((SheetIssue issue) -> issue.sheet() == null ? -1 : Math.max(0, order.indexOf(issue.sheet())))
                .thenComparingInt(issue -> issue.row() == null ? -1 : issue.row()));
        return sorted;
    }

    private static ObjectNode newTree() {
        ObjectNode tree = JSON.objectNode();
        tree.put("format", Dataset.FORMAT);
        return tree;
    }

    private List<Sheet> understand(SheetFile file) {
        List<SheetTable> tables;
        try {
            tables = SheetFiles.read(file.name(), file.content());
        } catch (SheetFiles.UnreadableFile e) {
            problems.add(SheetIssue.at(file.name(), null, null, e.getMessage()));
            return List.of();
        }
        List<Sheet> sheets = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            understand(tables.get(t), t == 0).ifPresent(sheets::add);
        }
        return sheets;
    }

    private Optional<Sheet> understand(SheetTable table, boolean first) {
        if (table.name() != null && EXPLANATION_SHEETS.contains(Words.key(table.name()))) {
            return Optional.empty();
        }
        Optional<SheetKind> named = SheetKind.named(table.name());
        if (named.filter(SheetKind::isSettings).isPresent() || named.isEmpty() && looksLikeSettings(table)) {
            return Optional.of(settingsSheet(table));
        }
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows().size()); r++) {
            SheetTable.Row row = table.rows().get(r);
            SheetKind kind = named.orElseGet(() -> bestKind(row));
            if (kind != null && matches(kind, row) >= 2) {
                return Optional.of(tableSheet(table, kind, r));
            }
        }
        if (table.rows().stream().allMatch(SheetTable.Row::isBlank)) {
            return Optional.empty();
        }
        if (named.isPresent() || first) {
            problems.add(SheetIssue.at(table.label(), null, null, "No header row names the columns Caravan reads; the "
                    + "first row should head them as the template does (such as id, name, gender, nationality)."));
        } else {
            notes.add(SheetIssue.at(table.label(), null, null, "This sheet is not one Caravan reads; it is ignored. "
                    + "Name it Participants, Hotels, Segments, Itineraries, Funds, Airports, Visa rules or Event."));
        }
        return Optional.empty();
    }

    private static int matches(SheetKind kind, SheetTable.Row row) {
        Set<SheetField> found = new HashSet<>();
        for (Cell cell : row.cells()) {
            kind.fields().stream().filter(field -> field.isHeadedBy(Words.tidy(cell.text()))).findFirst().ifPresent(found::add);
        }
        return found.size();
    }

    private static SheetKind bestKind(SheetTable.Row row) {
        SheetKind best = null;
        int most = 1;
        for (SheetKind kind : List.of(SheetKind.PARTICIPANTS, SheetKind.HOTELS, SheetKind.SEGMENTS,
                SheetKind.ITINERARIES, SheetKind.AIRPORTS, SheetKind.VISA_RULES, SheetKind.FUNDS)) {
            int count = matches(kind, row);
            if (count > most) {
                best = kind;
                most = count;
            }
        }
        return best;
    }

    private static boolean looksLikeSettings(SheetTable table) {
        long keys = table.rows().stream().limit(40)
                .filter(row -> SheetKind.EVENT.fields().stream().anyMatch(field -> field.isHeadedBy(Words.tidy(row.cell(0).text()))))
                .count();
        return keys >= 3;
    }

    private Sheet tableSheet(SheetTable table, SheetKind kind, int headerIndex) {
        SheetTable.Row headerRow = table.rows().get(headerIndex);
        int french = 0;
        int english = 0;
        for (Cell cell : headerRow.cells()) {
            String header = Words.tidy(cell.text());
            for (SheetField field : kind.fields()) {
                french += field.isHeadedInFrenchOnlyBy(header) ? 1 : 0;
                english += field.isHeadedInEnglishOnlyBy(header) ? 1 : 0;
            }
        }
        Sheet sheet = new Sheet(table, kind, french > english ? WrittenLanguage.FR : WrittenLanguage.EN);
        for (int c = 0; c < headerRow.cells().size(); c++) {
            String header = Words.tidy(headerRow.cell(c).text());
            if (header.isEmpty()) {
                continue;
            }
            Optional<SheetField> field = kind.fields().stream().filter(candidate -> candidate.isHeadedBy(header)).findFirst();
            if (field.isEmpty()) {
                sheet.unknownHeaders.put(c, header);
            } else if (sheet.columns.containsKey(field.get())) {
                problems.add(SheetIssue.at(sheet.label(), headerRow.number(), header, "This column and the column '%s' both give %s; keep one."
                        .formatted(sheet.headers.get(field.get()), field.get().header(sheet.language))));
            } else {
                sheet.columns.put(field.get(), c);
                sheet.headers.put(field.get(), header);
            }
        }
        for (int r = headerIndex + 1; r < table.rows().size(); r++) {
            SheetTable.Row row = table.rows().get(r);
            boolean empty = sheet.columns.values().stream().allMatch(c -> row.cell(c).isBlank());
            if (!empty) {
                sheet.rows.add(row);
            }
        }
        noteUnknownHeaders(sheet);
        return sheet;
    }

    private void noteUnknownHeaders(Sheet sheet) {
        List<Words.Entry<String>> free = new ArrayList<>();
        for (SheetField field : sheet.kind.fields()) {
            if (!sheet.columns.containsKey(field)) {
                field.english().forEach(header -> free.add(new Words.Entry<>(Words.key(header), field.header(sheet.language))));
                field.french().forEach(header -> free.add(new Words.Entry<>(Words.key(header), field.header(sheet.language))));
            }
        }
        sheet.unknownHeaders.forEach((column, header) -> {
            List<String> meant = Words.suggestions(header, free, 2).stream().map(name -> "'" + name + "'").toList();
            notes.add(SheetIssue.at(sheet.label(), null, header, "This is not a column Caravan reads; it is ignored"
                    + (meant.isEmpty() ? "." : "; did you mean " + Words.orList(meant) + "?")));
        });
    }

    private Sheet settingsSheet(SheetTable table) {
        int french = 0;
        int english = 0;
        for (SheetTable.Row row : table.rows()) {
            String key = Words.tidy(row.cell(0).text());
            for (SheetField field : SheetKind.EVENT.fields()) {
                french += field.isHeadedInFrenchOnlyBy(key) ? 1 : 0;
                english += field.isHeadedInEnglishOnlyBy(key) ? 1 : 0;
            }
        }
        Sheet sheet = new Sheet(table, SheetKind.EVENT, french > english ? WrittenLanguage.FR : WrittenLanguage.EN);
        List<Words.Entry<String>> known = new ArrayList<>();
        SheetKind.EVENT.fields().forEach(field -> {
            field.english().forEach(header -> known.add(new Words.Entry<>(Words.key(header), field.header(sheet.language))));
            field.french().forEach(header -> known.add(new Words.Entry<>(Words.key(header), field.header(sheet.language))));
        });
        for (SheetTable.Row row : table.rows()) {
            String key = Words.tidy(row.cell(0).text());
            if (key.isEmpty() || Set.of("setting", "settings", "parametre", "parametres", "field", "champ", "name", "nom")
                    .contains(Words.key(key)) && Set.of("value", "valeur").contains(Words.key(row.cell(1).text()))) {
                continue;
            }
            Optional<SheetField> field = SheetKind.EVENT.fields().stream().filter(candidate -> candidate.isHeadedBy(key)).findFirst();
            if (field.isEmpty()) {
                List<String> meant = Words.suggestions(key, known, 2).stream().map(name -> "'" + name + "'").toList();
                notes.add(SheetIssue.at(sheet.label(), row.number(), key, "This is not a setting Caravan reads; it is ignored"
                        + (meant.isEmpty() ? "." : "; did you mean " + Words.orList(meant) + "?")));
            } else if (sheet.settings.containsKey(field.get())) {
                problems.add(SheetIssue.at(sheet.label(), row.number(), key, "This setting is already given on row %d; keep one."
                        .formatted(sheet.settings.get(field.get()).number())));
            } else {
                sheet.settings.put(field.get(), row);
                sheet.headers.put(field.get(), key);
                sheet.columns.put(field.get(), 1);
            }
        }
        return sheet;
    }

    // ---------------------------------------------------------------- what cells may refer to

    private void gatherLookups(List<Sheet> sheets) {
        if (into != null) {
            into.airports().forEach(airport -> lookups.airportCities.put(airport.code(), airport.city()));
            into.participants().forEach(participant -> lookups.participantNames.put(participant.id(), participant.name()));
            if (into.budget() != null) {
                into.budget().funds().forEach(fund -> lookups.fundNames.put(fund.id(), fund.name()));
            }
            into.flights().segments().forEach(segment -> lookups.segments.add(segment.id()));
            into.visaRules().forEach(rule -> lookups.visas.add(rule.visa()));
            into.participants().forEach(participant -> {
                lookups.languages.addAll(participant.languages());
                lookups.visas.addAll(participant.visasHeld());
            });
        }
        for (Sheet sheet : sheets) {
            switch (sheet.kind) {
                case AIRPORTS -> sheet.rows.forEach(row -> rawText(sheet, row, "code").ifPresent(code ->
                        lookups.airportCities.put(code.toUpperCase(), rawText(sheet, row, "city").orElse(null))));
                case FUNDS -> sheet.rows.forEach(row -> rawText(sheet, row, "id").ifPresent(id ->
                        lookups.fundNames.put(id, rawText(sheet, row, "name").orElse(null))));
                case SEGMENTS -> sheet.rows.forEach(row -> rawText(sheet, row, "id").ifPresent(lookups.segments::add));
                case VISA_RULES -> sheet.rows.forEach(row -> rawText(sheet, row, "visa").map(String::toUpperCase).ifPresent(lookups.visas::add));
                default -> {
                }
            }
        }
        // Participants last: rows without an id get theirs now, so others may name them as roommates.
        Set<String> taken = new HashSet<>(lookups.participantNames.keySet());
        for (Sheet sheet : sheets) {
            if (sheet.kind == SheetKind.PARTICIPANTS) {
                for (SheetTable.Row row : sheet.rows) {
                    String id = participantId(sheet, row, taken);
                    lookups.participantNames.put(id, rawText(sheet, row, "name").orElse(null));
                }
            }
        }
    }

    private static Optional<String> rawText(Sheet sheet, SheetTable.Row row, String path) {
        return sheet.field(path).map(sheet.columns::get).map(column -> Words.tidy(row.cell(column).text()))
                .filter(text -> !text.isEmpty());
    }

    /** The row's id; a row without one is matched by name to a participant of the dataset, or given the next free id. */
    private String participantId(Sheet sheet, SheetTable.Row row, Set<String> taken) {
        Optional<String> written = rawText(sheet, row, "id");
        if (written.isPresent()) {
            taken.add(written.get());
            assignedIds.put(row, written.get());
            return written.get();
        }
        Optional<String> name = rawText(sheet, row, "name");
        if (name.isPresent() && into != null) {
            List<String> same = into.participants().stream()
                    .filter(participant -> participant.name() != null && Words.key(participant.name()).equals(Words.key(name.get())))
                    .map(Participant::id).toList();
            if (same.size() > 1) {
                cellProblem(sheet, row.number(), idHeader(sheet),
                        "No id, and %d participants of the dataset are called '%s' (%s); write the id of the one meant, or a new id for someone else."
                                .formatted(same.size(), name.get(), String.join(", ", same)));
            }
            if (same.size() == 1 && !assignedIds.containsValue(same.get(0))) {
                notes.add(SheetIssue.at(sheet.label(), row.number(), idHeader(sheet),
                        "No id; this is participant %s of the dataset, found by the name '%s'.".formatted(same.get(0), name.get())));
                assignedIds.put(row, same.get(0));
                return same.get(0);
            }
        }
        String id = nextId(taken);
        taken.add(id);
        assignedIds.put(row, id);
        if (reportedCells.contains(sheet.label() + "|" + row.number() + "|" + idHeader(sheet))) {
            return id;
        }
        notes.add(SheetIssue.at(sheet.label(), row.number(), idHeader(sheet),
                "No id; the new participant is given the id %s.".formatted(id)));
        return id;
    }

    /** The next id in the dataset's own numbering (p300 → p301), or p001 for the first. */
    private static String nextId(Set<String> taken) {
        String prefix = "p";
        int width = 3;
        long highest = 0;
        for (String id : taken) {
            Matcher numbered = NUMBERED_ID.matcher(id);
            if (numbered.matches()) {
                long number = Long.parseLong(numbered.group(2).length() > 15 ? "0" : numbered.group(2));
                if (number >= highest) {
                    highest = number;
                    prefix = numbered.group(1);
                    width = numbered.group(2).length();
                }
            }
        }
        String id;
        do {
            highest++;
            id = prefix + String.format("%0" + width + "d", highest);
        } while (taken.contains(id));
        return id;
    }

    // ---------------------------------------------------------------- reading rows

    private Values read(Sheet sheet, SheetTable.Row row) {
        Map<SheetField, JsonNode> values = new LinkedHashMap<>();
        sheet.columns.forEach((field, column) -> readCell(sheet, row.number(), field, row.cell(column), values));
        if (sheet.kind == SheetKind.PARTICIPANTS) {
            values.put(SheetKind.PARTICIPANTS.field("id").orElseThrow(), JSON.textNode(assignedIds.get(row)));
        }
        return new Values(sheet, row, values);
    }

    /**
     * Reads one cell into {@code values}: an empty cell as the field's blank, a cell that cannot be read as a
     * problem at its row and column (and nothing in {@code values}, so the field keeps what it had).
     */
    private void readCell(Sheet sheet, int row, SheetField field, Cell cell, Map<SheetField, JsonNode> values) {
        if (cell.isBlank()) {
            values.put(field, blank(field));
            return;
        }
        try {
            values.put(field, CellValues.read(field.type(), cell, lookups, sheet.language));
        } catch (CellProblem problem) {
            String missing = missingPart(field.type());
            if (missing == null) {
                cellProblem(sheet, row, sheet.header(field), problem.getMessage());
            } else {
                reportedCells.add(sheet.label() + "|" + row + "|" + sheet.header(field));
                rowsNamingMissing.merge(missing, 1, Integer::sum);
            }
        }
    }

    /** For a new dataset without airports (or funds), the part a reference cannot find, so it is reported once. */
    private String missingPart(ValueType type) {
        if (into != null) {
            return null;
        }
        return switch (type) {
            case AIRPORT, AIRPORTS -> lookups.airportCities.isEmpty() ? "airports" : null;
            case FUND -> lookups.fundNames.isEmpty() ? "funds" : null;
            case SEGMENTS -> lookups.segments.isEmpty() ? "flight segments" : null;
            default -> null;
        };
    }

    private static JsonNode blank(SheetField field) {
        if (field.type().isList()) {
            return JSON.arrayNode();
        }
        return field.blankIsFalse() ? JSON.booleanNode(false) : JSON.nullNode();
    }

    private void cellProblem(Sheet sheet, Integer row, String column, String message) {
        problems.add(SheetIssue.at(sheet.label(), row, column, message));
        reportedCells.add(sheet.label() + "|" + row + "|" + column);
    }

    /**
     * Sets the row's fields on a record; fields of the other level (hotel or room) and the room count are left out.
     * Yes/no fields the format needs present (a need, a room's accessibility) are made "no" when nothing gave them.
     */
    private static void fill(ObjectNode record, Values values, boolean room) {
        values.byField().forEach((field, value) -> {
            if (field.room() == room && !field.path().equals(SheetField.COUNT)) {
                set(record, field.path(), value);
            }
        });
        for (SheetField field : values.sheet().kind.fields()) {
            if (field.blankIsFalse() && field.room() == room && at(record, field.path()).isMissingNode()) {
                set(record, field.path(), JSON.booleanNode(false));
            }
        }
    }

    private static JsonNode at(JsonNode record, String path) {
        JsonNode node = record;
        for (String step : path.split("\\.")) {
            node = node.path(step);
        }
        return node;
    }

    private static void set(ObjectNode record, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        ObjectNode parent = record;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = parent.get(steps[i]);
            parent = next instanceof ObjectNode object ? object : parent.putObject(steps[i]);
        }
        parent.set(steps[steps.length - 1], value);
    }

    // ---------------------------------------------------------------- merging, kind by kind

    private void apply(SheetKind kind, List<Sheet> sheets, ObjectNode tree) {
        List<Values> rows = new ArrayList<>();
        for (Sheet sheet : sheets) {
            if (kind.isSettings()) {
                rows.add(readSettings(sheet));
            } else {
                sheet.rows.forEach(row -> rows.add(read(sheet, row)));
            }
        }
        switch (kind) {
            case EVENT -> applySettings(rows, tree);
            case FUNDS -> applyTable(kind, rows, array(tree, "budget", "funds"), node -> text(node, "id"), Fund.class);
            case AIRPORTS -> applyTable(kind, rows, array(tree, "airports"), node -> text(node, "code"), Airport.class);
            case PARTICIPANTS -> applyTable(kind, rows, array(tree, "participants"), node -> text(node, "id"), Participant.class);
            case SEGMENTS -> applyTable(kind, rows, array(tree, "flights", "segments"), node -> text(node, "id"), Segment.class);
            case ITINERARIES -> applyItineraries(rows, tree);
            case VISA_RULES -> applyTable(kind, rows, array(tree, "visaRules"), SheetImporter::visaRuleKey, VisaRule.class);
            case HOTELS -> applyHotels(rows, array(tree, "hotels"));
        }
        for (Sheet sheet : sheets) {
            if (!kind.isSettings()) {
                requireColumnsForNewRecords(sheet, rows);
            }
        }
    }

    private void requireColumnsForNewRecords(Sheet sheet, List<Values> rows) {
        List<Integer> adding = rows.stream().filter(values -> values.sheet() == sheet && addingRows.contains(values.row()))
                .map(values -> values.row().number()).toList();
        if (adding.isEmpty()) {
            return;
        }
        for (String path : NEEDED_BY_NEW.getOrDefault(sheet.kind, List.of())) {
            SheetField field = sheet.kind.field(path).orElseThrow();
            if (sheet.columns.containsKey(field) || sheet.kind == SheetKind.PARTICIPANTS && path.equals("id")) {
                continue;
            }
            List<Words.Entry<String>> unknown = sheet.unknownHeaders.values().stream()
                    .map(header -> new Words.Entry<>(Words.key(header), header)).toList();
            List<String> meant = new ArrayList<>();
            for (String header : field.english()) {
                meant.addAll(Words.suggestions(header, unknown, 1));
            }
            for (String header : field.french()) {
                meant.addAll(Words.suggestions(header, unknown, 1));
            }
            String rowsText = adding.size() <= 3 ? "rows " + adding.stream().map(String::valueOf).toList()
                    : "rows %d, %d and %d more".formatted(adding.get(0), adding.get(1), adding.size() - 2);
            problems.add(SheetIssue.at(sheet.label(), null, null, "There is no column '%s'; new %s need one (%s)%s"
                    .formatted(field.header(sheet.language), sheet.kind.plural(), rowsText.replace("[", "").replace("]", ""),
                            meant.isEmpty() ? "." : "; is it the column '" + meant.stream().distinct().findFirst().orElseThrow() + "'?")));
            reportedColumns.add(sheet.label() + "|" + field.header(sheet.language));
        }
    }

    private static ArrayNode array(ObjectNode tree, String... path) {
        ObjectNode parent = tree;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode next = parent.get(path[i]);
            parent = next instanceof ObjectNode object ? object : parent.putObject(path[i]);
        }
        JsonNode existing = parent.get(path[path.length - 1]);
        return existing instanceof ArrayNode array ? array : parent.putArray(path[path.length - 1]);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String visaRuleKey(JsonNode rule) {
        if (text(rule, "nationality") == null || text(rule, "country") == null || text(rule, "purpose") == null) {
            return null;
        }
        return text(rule, "nationality") + "/" + text(rule, "country") + "/" + text(rule, "purpose");
    }

    private <T> void applyTable(SheetKind kind, List<Values> rows, ArrayNode array, Function<JsonNode, String> keyOf,
            Class<T> type) {
        Map<String, ObjectNode> existing = new LinkedHashMap<>();
        array.forEach(node -> {
            if (node instanceof ObjectNode object && keyOf.apply(object) != null) {
                existing.putIfAbsent(keyOf.apply(object), object);
            }
        });
        int before = existing.size();
        Map<String, Values> seen = new LinkedHashMap<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Values values : rows) {
            ObjectNode fresh = JSON.objectNode();
            fill(fresh, values, false);
            String key = keyOf.apply(fresh);
            if (key == null && reportedCells.stream().anyMatch(cell -> cell.startsWith(values.sheet().label() + "|" + values.row().number() + "|"))) {
                continue;
            }
            if (reportedCells.contains(values.sheet().label() + "|" + values.row().number() + "|" + idHeader(values.sheet()))) {
                continue;
            }
            if (key == null) {
                cellProblem(values.sheet(), values.row().number(), idHeader(values.sheet()), kind == SheetKind.VISA_RULES
                        ? "A visa rule needs its nationality, country and purpose." : "This row has no id; give one.");
                continue;
            }
            Values earlier = seen.putIfAbsent(key, values);
            if (earlier != null) {
                cellProblem(values.sheet(), values.row().number(), idHeader(values.sheet()),
                        "%s is already on row %d%s; keep one row for it.".formatted(kind == SheetKind.VISA_RULES ? "This visa rule" : "The id " + key,
                                earlier.row().number(), earlier.sheet() == values.sheet() ? "" : " of " + earlier.sheet().label()));
                continue;
            }
            origins.put(kind.name() + "/" + key, values.origin());
            ObjectNode record = existing.get(key);
            if (record == null) {
                ObjectNode created = JSON.objectNode();
                fill(created, values, false);
                array.add(created);
                addingRows.add(values.row());
                added++;
            } else {
                JsonNode was = normalised(record, type);
                fill(record, values, false);
                if (was != null && was.equals(SAME_VALUE, normalised(record, type))) {
                    unchanged++;
                } else {
                    updated++;
                }
            }
        }
        counts.add(new ImportReport.Count(kind.plural(), added, updated, unchanged, before - updated - unchanged));
    }

    private static String idHeader(Sheet sheet) {
        SheetField id = sheet.kind.fields().get(0);
        return sheet.header(id);
    }

    /** The record as the format reads it (defaults filled in), for telling a real change from a rewrite. */
    private static <T> JsonNode normalised(JsonNode record, Class<T> type) {
        try {
            return MAPPER.valueToTree(MAPPER.treeToValue(record, type));
        } catch (Exception unreadable) {
            return null;
        }
    }

    // ---------------------------------------------------------------- the Event sheet

    private Values readSettings(Sheet sheet) {
        Map<SheetField, JsonNode> values = new LinkedHashMap<>();
        sheet.settings.forEach((field, row) -> {
            readCell(sheet, row.number(), field, row.cell(1), values);
            origins.put("EVENT/" + field.path(), new Origin(sheet, row.number()));
        });
        return new Values(sheet, sheet.table.rows().isEmpty() ? new SheetTable.Row(1, List.of()) : sheet.table.rows().get(0), values);
    }

    private void applySettings(List<Values> rows, ObjectNode tree) {
        JsonNode was = settingsOf(tree);
        for (Values values : rows) {
            values.byField().forEach((field, value) -> set(tree, field.path(), value));
        }
        boolean existed = into != null;
        boolean same = was.equals(SAME_VALUE, settingsOf(tree));
        counts.add(new ImportReport.Count(SheetKind.EVENT.plural(), existed ? 0 : 1, existed && !same ? 1 : 0,
                existed && same ? 1 : 0, 0));
    }

    private static JsonNode settingsOf(ObjectNode tree) {
        ObjectNode settings = JSON.objectNode();
        settings.set("event", tree.get("event") == null ? JSON.nullNode() : tree.get("event").deepCopy());
        settings.set("budget", tree.path("budget").get("total") == null ? JSON.nullNode() : tree.path("budget").get("total").deepCopy());
        settings.set("policy", tree.get("policy") == null ? JSON.nullNode() : tree.get("policy").deepCopy());
        return settings;
    }

    // ---------------------------------------------------------------- hotels and their rooms

    private void applyHotels(List<Values> rows, ArrayNode hotels) {
        Map<String, ObjectNode> existing = new LinkedHashMap<>();
        Map<String, String> hotelOfRoom = new LinkedHashMap<>();
        hotels.forEach(node -> {
            if (node instanceof ObjectNode hotel && text(hotel, "id") != null) {
                existing.putIfAbsent(text(hotel, "id"), hotel);
                hotel.path("rooms").forEach(room -> hotelOfRoom.put(text(room, "id"), text(hotel, "id")));
            }
        });
        int hotelsBefore = existing.size();
        int roomsBefore = hotelOfRoom.size();
        Map<String, JsonNode> hotelsAsWere = new LinkedHashMap<>();
        Map<String, JsonNode> roomsAsWere = new LinkedHashMap<>();
        existing.forEach((id, hotel) -> {
            hotelsAsWere.put(id, hotelOnly(hotel));
            hotel.path("rooms").forEach(room -> roomsAsWere.put(text(room, "id"), normalised(room, Room.class)));
        });
        Map<String, Values> firstRowOfHotel = new LinkedHashMap<>();
        Map<String, Values> rowOfRoom = new LinkedHashMap<>();
        Set<String> touchedRooms = new java.util.LinkedHashSet<>();
        int hotelsAdded = 0;
        int roomsAdded = 0;
        String current = null;
        for (Values values : rows) {
            String hotelId = values.text("id") != null ? values.text("id") : current;
            if (hotelId == null) {
                cellProblem(values.sheet(), values.row().number(), idHeader(values.sheet()), "This row names no hotel; give the hotel's id.");
                continue;
            }
            current = hotelId;
            ObjectNode hotel = existing.get(hotelId);
            if (hotel == null) {
                hotel = JSON.objectNode();
                hotel.put("id", hotelId);
                hotel.putArray("rooms");
                hotels.add(hotel);
                existing.put(hotelId, hotel);
                addingRows.add(values.row());
                hotelsAdded++;
            }
            Values first = firstRowOfHotel.putIfAbsent(hotelId, values);
            if (first == null) {
                origins.put("HOTELS/" + hotelId, values.origin());
            } else {
                checkSameHotel(first, values);
            }
            fillHotel(hotel, values);
            if (values.byField().entrySet().stream().anyMatch(entry -> entry.getKey().room() && !entry.getValue().isNull()
                    && !(entry.getValue().isBoolean() && !entry.getValue().booleanValue()))) {
                roomsAdded += rooms(hotel, values, hotelOfRoom, rowOfRoom, touchedRooms);
            }
        }
        int hotelsUpdated = 0;
        int hotelsUnchanged = 0;
        for (Map.Entry<String, Values> touched : firstRowOfHotel.entrySet()) {
            JsonNode was = hotelsAsWere.get(touched.getKey());
            if (was != null) {
                boolean same = was.equals(SAME_VALUE, hotelOnly(existing.get(touched.getKey())));
                hotelsUpdated += same ? 0 : 1;
                hotelsUnchanged += same ? 1 : 0;
            }
        }
        int roomsUpdated = 0;
        int roomsUnchanged = 0;
        for (String roomId : touchedRooms) {
            JsonNode was = roomsAsWere.get(roomId);
            if (was != null) {
                ObjectNode room = findRoom(existing.get(hotelOfRoom.get(roomId)), roomId);
                boolean same = room != null && was.equals(SAME_VALUE, normalised(room, Room.class));
                roomsUpdated += same ? 0 : 1;
                roomsUnchanged += same ? 1 : 0;
            }
        }
        counts.add(new ImportReport.Count("hotels", hotelsAdded, hotelsUpdated, hotelsUnchanged,
                hotelsBefore - hotelsUpdated - hotelsUnchanged));
        counts.add(new ImportReport.Count("rooms", roomsAdded, roomsUpdated, roomsUnchanged,
                roomsBefore - roomsUpdated - roomsUnchanged));
    }

    /** A hotel's columns may be left empty on any of its rows: only the cells written change the hotel. */
    private static void fillHotel(ObjectNode hotel, Values values) {
        values.byField().forEach((field, value) -> {
            if (!field.room() && !value.isNull()) {
                set(hotel, field.path(), value);
            }
        });
    }

    /** A hotel's own fields, its rooms left out, as the format reads them. */
    private static JsonNode hotelOnly(ObjectNode hotel) {
        ObjectNode copy = hotel.deepCopy();
        copy.putArray("rooms");
        return normalised(copy, Hotel.class);
    }

    private void checkSameHotel(Values first, Values values) {
        values.byField().forEach((field, value) -> {
            if (field.room() || value.isNull() || field.path().equals("id")) {
                return;
            }
            JsonNode firstValue = first.get(field.path());
            if (firstValue != null && !firstValue.isNull() && !firstValue.equals(SAME_VALUE, value)) {
                cellProblem(values.sheet(), values.row().number(), values.sheet().header(field),
                        "Hotel %s has '%s' here but '%s' on row %d; a hotel's columns must agree (or be left empty after its first row)."
                                .formatted(values.text("id"), value.asText(), firstValue.asText(), first.row().number()));
            }
        });
    }

    private int rooms(ObjectNode hotel, Values values, Map<String, String> hotelOfRoom, Map<String, Values> rowOfRoom,
            Set<String> touched) {
        String hotelId = text(hotel, "id");
        ArrayNode rooms = hotel.withArray("rooms");
        JsonNode countValue = values.get(SheetField.COUNT);
        int count = countValue == null || countValue.isNull() ? 1 : countValue.asInt();
        if (count < 1 || count > 1000) {
            cellProblem(values.sheet(), values.row().number(), values.sheet().header(SheetKind.HOTELS.field(SheetField.COUNT).orElseThrow()),
                    "A block has from 1 to 1000 rooms; this says %d.".formatted(count));
            return 0;
        }
        String written = roomValue(values, "id");
        List<String> ids = new ArrayList<>();
        if (written != null && count == 1) {
            ids.add(written);
        } else {
            String base = written != null ? written : hotelId + "-" + Optional.ofNullable(roomValue(values, "type")).orElse("room").toLowerCase();
            for (int k = 1; ids.size() < count; k++) {
                String id = base + "-" + k;
                if (!hotelOfRoom.containsKey(id) || rowOfRoom.containsKey(id) && rowOfRoom.get(id) == values) {
                    ids.add(id);
                }
            }
        }
        int added = 0;
        for (String id : ids) {
            Values earlier = rowOfRoom.putIfAbsent(id, values);
            if (earlier != null && earlier != values) {
                cellProblem(values.sheet(), values.row().number(), roomHeader(values.sheet()),
                        "Room %s is already on row %d; keep one row for it.".formatted(id, earlier.row().number()));
                continue;
            }
            String owner = hotelOfRoom.get(id);
            if (owner != null && !owner.equals(hotelId)) {
                cellProblem(values.sheet(), values.row().number(), roomHeader(values.sheet()),
                        "Room %s belongs to hotel %s, not %s; room ids are unique in the dataset.".formatted(id, owner, hotelId));
                continue;
            }
            ObjectNode room = findRoom(hotel, id);
            if (room == null) {
                room = rooms.addObject();
                room.put("id", id);
                hotelOfRoom.put(id, hotelId);
                addingRows.add(values.row());
                added++;
            }
            fill(room, values, true);
            room.put("id", id);
            touched.add(id);
            origins.put("ROOMS/" + id, values.origin());
        }
        return added;
    }

    private static String roomValue(Values values, String path) {
        return values.byField().entrySet().stream().filter(entry -> entry.getKey().room() && entry.getKey().path().equals(path))
                .map(Map.Entry::getValue).filter(value -> !value.isNull()).map(JsonNode::asText).findFirst().orElse(null);
    }

    private static String roomHeader(Sheet sheet) {
        return sheet.headers.entrySet().stream().filter(entry -> entry.getKey().room() && entry.getKey().path().equals("id"))
                .map(Map.Entry::getValue).findFirst().orElse("room");
    }

    private static ObjectNode findRoom(ObjectNode hotel, String id) {
        if (hotel == null) {
            return null;
        }
        for (JsonNode room : hotel.path("rooms")) {
            if (id.equals(text(room, "id")) && room instanceof ObjectNode object) {
                return object;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- itineraries and one-way quotes

    private void applyItineraries(List<Values> rows, ObjectNode tree) {
        ArrayNode itineraries = array(tree, "flights", "itineraries");
        Set<String> known = new HashSet<>();
        itineraries.forEach(node -> known.add(text(node, "id")));
        List<Values> roundTrips = new ArrayList<>();
        List<Values> out = new ArrayList<>();
        List<Values> back = new ArrayList<>();
        for (Values values : rows) {
            boolean hasOut = values.has("outbound");
            boolean hasBack = values.has("return");
            if (known.contains(values.text("id")) || hasOut == hasBack) {
                roundTrips.add(values);
            } else {
                (hasOut ? out : back).add(values);
            }
        }
        applyTable(SheetKind.ITINERARIES, roundTrips, itineraries, node -> text(node, "id"), Itinerary.class);
        if (out.isEmpty() && back.isEmpty()) {
            return;
        }
        Map<String, JsonNode> segments = new LinkedHashMap<>();
        tree.path("flights").path("segments").forEach(segment -> segments.put(text(segment, "id"), segment));
        int combined = 0;
        Set<Values> paired = new HashSet<>();
        for (Values outbound : out) {
            for (Values inbound : back) {
                String from = quoteOrigin(outbound, segments, true);
                if (from == null || !from.equals(quoteOrigin(inbound, segments, false))) {
                    continue;
                }
                ObjectNode trip = itineraries.addObject();
                String id = outbound.text("id") + "+" + inbound.text("id");
                trip.put("id", id);
                trip.put("origin", from);
                trip.set("outbound", outbound.get("outbound"));
                trip.set("return", inbound.get("return"));
                JsonNode outPrice = outbound.get("price");
                JsonNode backPrice = inbound.get("price");
                trip.set("price", outPrice == null || outPrice.isNull() || backPrice == null || backPrice.isNull() ? JSON.nullNode()
                        : JSON.numberNode(CellValues.plain(outPrice.decimalValue().add(backPrice.decimalValue()))));
                origins.put("ITINERARIES/" + id, outbound.origin());
                paired.add(outbound);
                paired.add(inbound);
                combined++;
            }
        }
        for (Values lone : out) {
            if (!paired.contains(lone)) {
                cellProblem(lone.sheet(), lone.row().number(), idHeader(lone.sheet()),
                        "This one-way quote out of %s has no return quote back to that airport to be combined with.".formatted(quoteOrigin(lone, segments, true)));
            }
        }
        for (Values lone : back) {
            if (!paired.contains(lone)) {
                cellProblem(lone.sheet(), lone.row().number(), idHeader(lone.sheet()),
                        "This one-way quote back to %s has no outbound quote from that airport to be combined with.".formatted(quoteOrigin(lone, segments, false)));
            }
        }
        if (combined > 0) {
            notes.add(SheetIssue.at(out.get(0).sheet().label(), null, null, "%d one-way quotes out and %d back were combined into %d round trips (their prices added)."
                    .formatted(out.size(), back.size(), combined)));
            ImportReport.Count last = counts.remove(counts.size() - 1);
            counts.add(new ImportReport.Count(last.what(), last.added() + combined, last.updated(), last.unchanged(), last.kept()));
        }
    }

    private static String quoteOrigin(Values quote, Map<String, JsonNode> segments, boolean outbound) {
        if (quote.text("origin") != null) {
            return quote.text("origin");
        }
        JsonNode ids = quote.get(outbound ? "outbound" : "return");
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        JsonNode segment = segments.get((outbound ? ids.get(0) : ids.get(ids.size() - 1)).asText());
        return segment == null ? null : text(segment, outbound ? "from" : "to");
    }

    // ---------------------------------------------------------------- the dataset validation, placed in the sheets

    private Dataset validate(ObjectNode tree) {
        fillOrigins(tree);
        try {
            return DatasetLoader.load(CaravanJson.toJson(tree)).dataset();
        } catch (InvalidDatasetException invalid) {
            for (ValidationIssue issue : invalid.issues()) {
                SheetIssue placed = place(issue);
                String cell = placed.sheet() + "|" + placed.row() + "|" + placed.column();
                if (!reportedCells.contains(cell) && !reportedColumns.contains(placed.sheet() + "|" + placed.column())) {
                    problems.add(placed);
                    reportedCells.add(cell);
                }
            }
            return null;
        }
    }

    private void fillOrigins(ObjectNode tree) {
        index(tree.path("participants"), "$.participants", "PARTICIPANTS", node -> text(node, "id"));
        index(tree.path("budget").path("funds"), "$.budget.funds", "FUNDS", node -> text(node, "id"));
        index(tree.path("airports"), "$.airports", "AIRPORTS", node -> text(node, "code"));
        index(tree.path("flights").path("segments"), "$.flights.segments", "SEGMENTS", node -> text(node, "id"));
        index(tree.path("flights").path("itineraries"), "$.flights.itineraries", "ITINERARIES", node -> text(node, "id"));
        index(tree.path("visaRules"), "$.visaRules", "VISA_RULES", SheetImporter::visaRuleKey);
        index(tree.path("hotels"), "$.hotels", "HOTELS", node -> text(node, "id"));
        JsonNode hotels = tree.path("hotels");
        for (int h = 0; h < hotels.size(); h++) {
            index(hotels.get(h).path("rooms"), "$.hotels[" + h + "].rooms", "ROOMS", node -> text(node, "id"));
        }
    }

    private void index(JsonNode array, String path, String kind, Function<JsonNode, String> keyOf) {
        for (int i = 0; i < array.size(); i++) {
            String key = keyOf.apply(array.get(i));
            Origin origin = key == null ? null : origins.get(kind + "/" + key);
            if (origin != null) {
                originOfPath.put(path + "[" + i + "]", origin);
            }
        }
    }

    private SheetIssue place(ValidationIssue issue) {
        String path = issue.path();
        String longest = originOfPath.keySet().stream().filter(prefix -> path.equals(prefix) || path.startsWith(prefix + ".")
                || path.startsWith(prefix + "[")).max(Comparator.comparingInt(String::length)).orElse(null);
        if (longest != null) {
            Origin origin = originOfPath.get(longest);
            String rest = INDEX.matcher(path.substring(longest.length())).replaceAll("");
            String field = rest.startsWith(".") ? rest.substring(1) : rest;
            boolean room = longest.contains(".rooms[");
            String column = columnOf(origin.sheet(), field, room);
            return SheetIssue.at(origin.sheet().label(), origin.row(), column, issue.message());
        }
        if (path.startsWith("$.event") || path.startsWith("$.budget.total") || path.startsWith("$.policy")) {
            String field = INDEX.matcher(path.substring(2)).replaceAll("");
            Origin origin = origins.entrySet().stream().filter(entry -> entry.getKey().startsWith("EVENT/")
                    && (field.equals(entry.getKey().substring(6)) || field.startsWith(entry.getKey().substring(6) + ".")))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (origin != null) {
                SheetField setting = SheetKind.EVENT.fields().stream().filter(candidate -> field.startsWith(candidate.path()))
                        .max(Comparator.comparingInt(candidate -> candidate.path().length())).orElseThrow();
                return SheetIssue.at(origin.sheet().label(), origin.row(), origin.sheet().header(setting), issue.message());
            }
        }
        return new SheetIssue(null, null, null, path, issue.message() + hint(path));
    }

    private String hint(String path) {
        if (into != null) {
            return "";
        }
        String part = path.startsWith("$.event") || path.startsWith("$.budget.total") || path.equals("$.budget") ? "an Event sheet"
                : path.startsWith("$.airports") || path.contains("not in airports") ? "an Airports sheet" : null;
        return part == null ? "" : " Add " + part + " (see the template), or import into an existing dataset.";
    }

    private static String columnOf(Sheet sheet, String field, boolean room) {
        if (field.isEmpty()) {
            return null;
        }
        return sheet.headers.entrySet().stream()
                .filter(entry -> entry.getKey().room() == room || sheet.kind != SheetKind.HOTELS)
                .filter(entry -> field.equals(entry.getKey().path()) || field.startsWith(entry.getKey().path() + "."))
                .map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> sheet.kind.fields().stream().filter(candidate -> candidate.room() == room || sheet.kind != SheetKind.HOTELS)
                        .filter(candidate -> field.equals(candidate.path()) || field.startsWith(candidate.path() + "."))
                        .map(candidate -> candidate.header(sheet.language)).findFirst().orElse(null));
    }
}
