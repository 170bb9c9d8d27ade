package org.caravan.data.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.export.Csv;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.DatasetLoader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes datasets as the spreadsheets {@link SheetImporter} reads: a workbook with a sheet per part, headed in
 * English or French, then a sheet that explains every column; templates are the same with one example row each.
 * Dates are real date cells (a planner can sort and filter them); yes/no and roles are words of the sheet's language.
 */
public final class SheetWriter {

    private static final ObjectMapper MAPPER = CaravanJson.mapper();
    private static final String EXAMPLE = "example-dataset.json";
    private static final int MAX_SHEET_ROWS = 1_048_575;

    private SheetWriter() {
    }

    /** The dataset's records, a sheet per kind asked for (in the order of {@link SheetKind}), and the explanations. */
    public static byte[] workbook(Dataset dataset, List<SheetKind> kinds, WrittenLanguage language) {
        JsonNode tree = MAPPER.valueToTree(dataset);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook, language);
            for (SheetKind kind : SheetKind.values()) {
                if (kinds.contains(kind)) {
                    writeSheet(workbook, styles, kind, rows(kind, tree, language), language);
                }
            }
            explanations(workbook, styles, kinds, language);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template to fill in: the sheets asked for, each with its headers, one example row and the explanations. */
    public static byte[] template(List<SheetKind> kinds, WrittenLanguage language) {
        return workbook(example(), kinds, language);
    }

    /** The example every template shows: a small dataset that imports as it is. */
    public static Dataset example() {
        try (InputStream in = SheetWriter.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The example dataset " + EXAMPLE + " is missing from the classpath.");
            }
            return DatasetLoader.load(in).dataset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One kind as CSV (UTF-8, commas), headed in the language given. */
    public static String csv(Dataset dataset, SheetKind kind, WrittenLanguage language) {
        List<List<Object>> rows = rows(kind, MAPPER.valueToTree(dataset), language);
        Csv csv = new Csv(rows.get(0).stream().map(String::valueOf).toArray(String[]::new));
        for (List<Object> row : rows.subList(1, rows.size())) {
            csv.row(row.stream().map(value -> value instanceof LocalDateTime time ? CellValues.ISO_MINUTES.format(time)
                    : value instanceof BigDecimal number ? number.toPlainString() : value).toArray());
        }
        return csv.text();
    }

    // ---------------------------------------------------------------- rows of each kind

    /** The header row, then a row per record; cells are text, numbers, dates or null. */
    private static List<List<Object>> rows(SheetKind kind, JsonNode tree, WrittenLanguage language) {
        List<List<Object>> rows = new ArrayList<>();
        if (kind.isSettings()) {
            rows.add(List.of(language == WrittenLanguage.FR ? "Paramètre" : "Setting", language == WrittenLanguage.FR ? "Valeur" : "Value"));
            for (SheetField field : kind.fields()) {
                List<Object> row = new ArrayList<>();
                row.add(field.header(language));
                row.add(CellValues.write(field.type(), at(tree, field.path()), language));
                rows.add(row);
            }
            return rows;
        }
        rows.add(kind.fields().stream().map(field -> (Object) field.header(language)).toList());
        JsonNode records = switch (kind) {
            case FUNDS -> tree.path("budget").path("funds");
            case AIRPORTS -> tree.path("airports");
            case PARTICIPANTS -> tree.path("participants");
            case HOTELS -> tree.path("hotels");
            case SEGMENTS -> tree.path("flights").path("segments");
            case ITINERARIES -> tree.path("flights").path("itineraries");
            case VISA_RULES -> tree.path("visaRules");
            case EVENT -> throw new IllegalStateException("settings are written above");
        };
        for (JsonNode record : records) {
            if (kind == SheetKind.HOTELS) {
                hotelRows(kind, record, language, rows);
            } else {
                rows.add(kind.fields().stream().map(field -> CellValues.write(field.type(), at(record, field.path()), language)).toList());
            }
        }
        return rows;
    }

    /** A row per room, the hotel's columns repeated so the rows can be sorted; a hotel without rooms gets one row. */
    private static void hotelRows(SheetKind kind, JsonNode hotel, WrittenLanguage language, List<List<Object>> rows) {
        List<JsonNode> rooms = new ArrayList<>();
        hotel.path("rooms").forEach(rooms::add);
        if (rooms.isEmpty()) {
            rooms.add(MAPPER.createObjectNode());
        }
        for (JsonNode room : rooms) {
            List<Object> row = new ArrayList<>();
            for (SheetField field : kind.fields()) {
                row.add(field.path().equals(SheetField.COUNT) ? null
                        : CellValues.write(field.type(), at(field.room() ? room : hotel, field.path()), language));
            }
            rows.add(row);
        }
    }

    private static JsonNode at(JsonNode record, String path) {
        JsonNode node = record;
        for (String step : path.split("\\.")) {
            node = node.path(step);
        }
        return node;
    }

    // ---------------------------------------------------------------- the workbook

    private static final class Styles {
        final org.apache.poi.ss.usermodel.CellStyle header;
        final org.apache.poi.ss.usermodel.CellStyle date;
        final org.apache.poi.ss.usermodel.CellStyle dateTime;
        final org.apache.poi.ss.usermodel.CellStyle wrapped;

        Styles(Workbook workbook, WrittenLanguage language) {
            CreationHelper creation = workbook.getCreationHelper();
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(creation.createDataFormat().getFormat(language == WrittenLanguage.FR ? "dd/mm/yyyy" : "yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(creation.createDataFormat().getFormat(language == WrittenLanguage.FR ? "dd/mm/yyyy hh:mm" : "yyyy-mm-dd hh:mm"));
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }
    }

    private static void writeSheet(Workbook workbook, Styles styles, SheetKind kind, List<List<Object>> rows, WrittenLanguage language) {
        if (rows.size() > MAX_SHEET_ROWS) {
            throw new IllegalArgumentException("%d %s do not fit in one sheet.".formatted(rows.size() - 1, kind.plural()));
        }
        Sheet sheet = workbook.createSheet(kind.sheetName(language));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                if (value instanceof Long number) {
                    cell.setCellValue(number);
                } else if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDateTime time) {
                    cell.setCellValue(time);
                    cell.setCellStyle(styles.dateTime);
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(styles.date);
                } else {
                    cell.setCellValue(value.toString());
                }
                if (r == 0 || kind.isSettings() && c == 0) {
                    cell.setCellStyle(styles.header);
                }
            }
        }
        if (kind.isSettings()) {
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 45 * 256);
            return;
        }
        sheet.createFreezePane(0, 1);
        helpOnHeaders(sheet, kind, language);
        choices(sheet, kind, language);
        for (int c = 0; c < kind.fields().size(); c++) {
            sheet.setColumnWidth(c, Math.min(40, Math.max(12, kind.fields().get(c).header(language).length() + 4)) * 256);
        }
    }

    /** Each header carries its explanation as a cell comment, shown when the planner points at it. */
    private static void helpOnHeaders(Sheet sheet, SheetKind kind, WrittenLanguage language) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper creation = sheet.getWorkbook().getCreationHelper();
        for (int c = 0; c < kind.fields().size(); c++) {
            ClientAnchor anchor = creation.createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 4);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(creation.createRichTextString(kind.fields().get(c).help(language)));
            sheet.getRow(0).getCell(c).setCellComment(comment);
        }
    }

    private static final Map<ValueType, List<String>> ENGLISH_CHOICES = Map.of(
            ValueType.YES_NO, List.of("yes", "no"), ValueType.GENDER, List.of("F", "M", "X"),
            ValueType.ROLE, List.of("DELEGATE", "SPEAKER", "VIP", "STAFF", "PRESS", "ORGANISER"),
            ValueType.TRAVEL_MODE, List.of("flight", "none"), ValueType.VISA_PURPOSE, List.of("entry", "transit"));
    private static final Map<ValueType, List<String>> FRENCH_CHOICES = Map.of(
            ValueType.YES_NO, List.of("oui", "non"), ValueType.GENDER, List.of("F", "M", "X"),
            ValueType.ROLE, List.of("délégué", "intervenant", "VIP", "équipe", "presse", "organisateur"),
            ValueType.TRAVEL_MODE, List.of("avion", "aucun"), ValueType.VISA_PURPOSE, List.of("entrée", "transit"));

    /** Drop-down lists for the columns of a few words; other words Caravan reads are still accepted. */
    private static void choices(Sheet sheet, SheetKind kind, WrittenLanguage language) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        Map<ValueType, List<String>> choices = language == WrittenLanguage.FR ? FRENCH_CHOICES : ENGLISH_CHOICES;
        for (int c = 0; c < kind.fields().size(); c++) {
            List<String> words = choices.get(kind.fields().get(c).type());
            if (words == null) {
                continue;
            }
            DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(words.toArray(String[]::new)),
                    new CellRangeAddressList(1, 5000, c, c));
            validation.setShowErrorBox(false);
            sheet.addValidationData(validation);
        }
    }

    private static void explanations(Workbook workbook, Styles styles, List<SheetKind> kinds, WrittenLanguage language) {
        boolean french = language == WrittenLanguage.FR;
        Sheet sheet = workbook.createSheet(french ? "Colonnes" : "Columns");
        Row top = sheet.createRow(0);
        String[] headers = french ? new String[] {"Feuille", "Colonne", "Contenu", "Aussi lu sous le nom"}
                : new String[] {"Sheet", "Column", "What it holds", "Also read as"};
        for (int c = 0; c < headers.length; c++) {
            top.createCell(c).setCellValue(headers[c]);
            top.getCell(c).setCellStyle(styles.header);
        }
        int r = 1;
        for (SheetKind kind : SheetKind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            for (SheetField field : kind.fields()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(kind.sheetName(language));
                row.createCell(1).setCellValue(field.header(language));
                row.createCell(2).setCellValue(field.help(language));
                row.getCell(2).setCellStyle(styles.wrapped);
                List<String> others = new ArrayList<>(french ? field.french() : field.english());
                others.addAll(french ? field.english() : field.french());
                others.removeIf(other -> Words.key(other).equals(Words.key(field.header(language))));
                row.createCell(3).setCellValue(String.join(", ", others.stream().distinct().toList()));
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.setColumnWidth(3, 40 * 256);
        sheet.createFreezePane(0, 1);
    }
}
