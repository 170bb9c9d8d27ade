package org.caravan.data.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Comma-separated values as RFC 4180 has them: a header row, CRLF line ends, and a field quoted (with its quotes
 * doubled) when it holds a comma, a quote or a line break. Files are UTF-8.
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
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Local date-times as spreadsheets read them, in the local time of the place named next to them. */
    public static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringBuilder text = new StringBuilder();

    public Csv(String... header) {
        line(header);
    }

    /** One row; {@code null} is an empty field, a collection is joined with ", ". */
    public Csv row(Object... cells) {
        return line(cells);
    }

    private Csv line(Object[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells[i]));
        }
        text.append(LINE_END);
        return this;
    }

    public String text() {
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /** One field, quoted when needed. */
    public static String cell(Object value) {
        String raw = value == null ? "" : format(value);
        return needsQuotes(raw) ? '"' + raw.replace("\"", "\"\"") + '"' : raw;
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
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static boolean needsQuotes(String raw) {
        return raw.indexOf(',') >= 0 || raw.indexOf('"') >= 0 || raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0;
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
