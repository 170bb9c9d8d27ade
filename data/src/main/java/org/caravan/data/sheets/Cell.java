package org.caravan.data.sheets;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One cell as the spreadsheet holds it: text (everything in a CSV file), a number, a date or a true/false value of
 * a workbook. Values are read from it by the column's {@link ValueType}.
 */
sealed interface Cell {

    /** The cell as the planner sees it written, for messages and for columns of text. */
    String text();

    default boolean isBlank() {
        return text().isBlank();
    }

    record Text(String text) implements Cell {
    }

    record Number(double value) implements Cell {
        @Override
        public String text() {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * A workbook date cell; a date without a time of day is at midnight. Workbooks keep times as fractions of a day,
     * so a time is rounded to the minute, the finest a dataset holds.
     */
    record DateTime(LocalDateTime value) implements Cell {

        public DateTime {
            value = value.plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        }

        @Override
        public String text() {
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? value.toLocalDate().toString() : value.toString();
        }
    }

    record Bool(boolean value) implements Cell {
        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }

    Cell BLANK = new Text("");
}
