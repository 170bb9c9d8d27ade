package org.caravan.data.validation;

/**
 * One problem in a dataset: where it is, as a JSON path such as {@code $.participants[3].homeAirports[0]},
 * and what is wrong, in words a planner understands. Both are bounded ({@link #MAX_PATH}, {@link #MAX_MESSAGE}) and
 * cut with "…", so that a problem quoting a huge value stays small.
 */
public record ValidationIssue(String path, String message) {

    public static final int MAX_PATH = 200;
    public static final int MAX_MESSAGE = 600;

    public ValidationIssue {
        path = cut(path, MAX_PATH);
        message = cut(message, MAX_MESSAGE);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
