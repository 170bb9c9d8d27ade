package org.caravan.data.validation;

/**
 * What a document of the public formats may hold, so that no input can make the reader or its error messages
 * unboundedly large: numbers of a planner's magnitude (amounts up to a trillion, coordinates to the millimetre),
 * text of a paragraph at most, lists of an event's size, and the few levels the formats nest. docs/FORMAT.md
 * lists the same figures.
 */
public final class InputLimits {

    /** Digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point. */
    public static final int MAX_DECIMALS = 10;
    /** Characters of a number as written (the parser refuses longer ones before building them). */
    public static final int MAX_NUMBER_CHARACTERS = 40;
    /** Characters of one text value. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** Characters of a field name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Entries of one list. */
    public static final int MAX_LIST_LENGTH = 200_000;
    /** Levels of objects and lists inside each other. */
    public static final int MAX_NESTING = 32;
    /** Problems reported for one document; a file with more is mostly of another kind. */
    public static final int MAX_ISSUES = 200;
    /** Characters of a value quoted back in a message; longer ones end with "…". */
    public static final int MAX_ECHO = 80;

    private InputLimits() {
    }

    /** A value as a message quotes it: at most {@link #MAX_ECHO} characters, cut with "…". */
    public static String echo(@org.jspecify.annotations.Nullable Object value) {
        // A huge amount (1e1000000000) is quoted as written, never expanded digit by digit.
        String text = value instanceof java.math.BigDecimal amount
                ? (Math.abs((long) amount.precision() - amount.scale()) <= 30 && amount.scale() <= 30 ? amount.toPlainString() : amount.toString())
                : String.valueOf(value);
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO - 1) + "…";
    }
}
