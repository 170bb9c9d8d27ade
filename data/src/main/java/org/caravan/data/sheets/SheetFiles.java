package org.caravan.data.sheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.caravan.data.export.Csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sheets of an uploaded file: every sheet of an XLSX (or older XLS) workbook, or the one table of a CSV
 * file as spreadsheets write them: separated by commas, semicolons (French Excel) or tabs, in UTF-8 (with or
 * without a byte order mark), UTF-16 (Excel's "Unicode text") or Windows-1252 (older Excel on Windows).
 */
final class SheetFiles {

    /** Far more than any participant list; a file beyond it is refused rather than read for minutes. */
    static final int MAX_ROWS = 100_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SheetFiles() {
    }

    /** A file that is neither a workbook nor text a spreadsheet wrote; the message says what to do. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }

    static List<SheetTable> read(String fileName, byte[] bytes) throws UnreadableFile {
        if (bytes.length == 0) {
            throw new UnreadableFile("The file is empty.");
        }
        if (startsWith(bytes, 0x50, 0x4B) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            if (fileName.toLowerCase().endsWith(".ods")) {
                throw new UnreadableFile("OpenDocument spreadsheets (.ods) cannot be read; save it as .xlsx or .csv.");
            }
            return workbook(fileName, bytes);
        }
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
            throw new UnreadableFile("This is a PDF file, not a spreadsheet; send the .xlsx or .csv file.");
        }
        return List.of(csv(fileName, decode(bytes)));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- workbooks

    private static List<SheetTable> workbook(String fileName, byte[] bytes) throws UnreadableFile {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<SheetTable> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))) {
                    continue;
                }
                tables.add(sheet(fileName, sheet));
            }
            return tables;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile("The workbook is protected by a password; save a copy without one.");
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign zip file with a variety of runtime exceptions.
            throw new UnreadableFile("The file cannot be read as an Excel workbook (" + e.getClass().getSimpleName()
                    + "); save it again as .xlsx or .csv.");
        }
    }

    private static SheetTable sheet(String fileName, Sheet sheet) throws UnreadableFile {
        List<SheetTable.Row> rows = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (rows.size() >= MAX_ROWS) {
                throw new UnreadableFile("The sheet '%s' has more than %d rows.".formatted(sheet.getSheetName(), MAX_ROWS));
            }
            List<Cell> cells = new ArrayList<>();
            short last = row.getLastCellNum();
            for (int column = 0; column < last; column++) {
                cells.add(cell(row.getCell(column)));
            }
            rows.add(new SheetTable.Row(row.getRowNum() + 1, cells));
        }
        return new SheetTable(fileName, sheet.getSheetName(), rows);
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return Cell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> new Cell.Text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new Cell.DateTime(cell.getLocalDateTimeCellValue()) : new Cell.Number(cell.getNumericCellValue());
            case BOOLEAN -> new Cell.Bool(cell.getBooleanCellValue());
            default -> Cell.BLANK;
        };
    }

    // ---------------------------------------------------------------- CSV

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    static SheetTable csv(String fileName, String text) throws UnreadableFile {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false).get();
        List<SheetTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new UnreadableFile("The file has more than %d rows.".formatted(MAX_ROWS));
                }
                List<Cell> cells = new ArrayList<>(record.size());
                record.forEach(field -> cells.add(new Cell.Text(Csv.unguarded(field))));
                rows.add(new SheetTable.Row(rows.size() + 1, cells));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFile("The CSV file cannot be read after row %d: %s. Check its quotes (a quoted field "
                    .formatted(rows.size(), e.getMessage()) + "ends with a quote followed by the separator or the line end).");
        }
        return new SheetTable(fileName, null, rows);
    }

    /** The separator of the first line: whichever of comma, semicolon and tab it has most of, outside quotes. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
