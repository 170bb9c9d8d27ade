package org.caravan.data.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Comma-separated values as RFC 4180 has them (written by Apache Commons CSV): a header row, CRLF line ends, and a
 * field quoted (with its quotes doubled) when it holds a comma, a quote or a line break. Files are UTF-8.
 * <p>
 * Names come from registration forms, so text that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, as OWASP lists them) is prefixed with an apostrophe;
 * numbers, dates and times are written as they are.
 * <p>
 * The bytes handed out ({@link #bytes}, {@link #write}) start with a UTF-8 byte-order mark: without it, Excel on
 * Windows, which hotels' reservation desks use, reads the file in the local code page and mangles every accent.
 */
public final class Csv {

    public static final String LINE_END = "\r\n";
    /** Tells spreadsheet programs the file is UTF-8; readers of our CSVs skip it. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    /** What a spreadsheet runs as a formula when a cell starts with it (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** The apostrophe that keeps such a cell text; readers of our CSVs drop it again ({@link #unguarded}). */
    private static final char GUARD = '\'';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator(LINE_END).get();
    /** Local date-times as spreadsheets read them, in the local time of the place named next to them. */
    public static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringBuilder text = new StringBuilder();

    public Csv(String... header) {
        if (header.length > 0) {
            line(header);
        }
    }

    /**
     * One row; {@code null} is an empty field, a collection is joined with ", ". An empty first field is written
     * {@code ""}, so that a row of one empty field is not an empty line.
     */
    public Csv row(Object... cells) {
        return line(cells);
    }

    private Csv line(Object[] cells) {
        print(text, Arrays.stream(cells).map(Csv::value).toList());
        return this;
    }

    /** Fields already formatted and guarded, as one record. */
    private static void print(StringBuilder out, List<String> fields) {
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringBuilder cannot fail to append", e);
        }
    }

    public String text() {
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /** One field as it is written: formatted, guarded, quoted when needed. */
    public static String cell(Object value) {
        String field = value(value);
        if (field.isEmpty()) {
            return field;
        }
        StringBuilder out = new StringBuilder();
        print(out, List.of(field));
        return out.substring(0, out.length() - LINE_END.length());
    }

    private static String value(Object value) {
        return value == null ? "" : format(value);
    }

    private static String format(Object value) {
        if (value instanceof LocalDateTime time) {
            return LOCAL_TIME.format(time);
        }
        if (value instanceof java.math.BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> values) {
            return guarded(values.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return guarded(value.toString());
    }

    private static String guarded(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? GUARD + text : text;
    }

    /** A cell read back from one of our files: without the apostrophe that {@link #guarded} put before a formula. */
    public static String unguarded(String text) {
        return text.length() > 1 && text.charAt(0) == GUARD && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    /** The text as the bytes of a file: UTF-8 after a byte-order mark. */
    public static byte[] bytes(String csv) {
        return (BYTE_ORDER_MARK + csv).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the text as {@link #bytes}, creating the folder when needed. */
    public static void write(Path file, String csv) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, bytes(csv));
    }
}
