package org.caravan.data.validation;

/**
 * One problem in a dataset: where it is, as a JSON path such as {@code $.participants[3].homeAirports[0]},
 * and what is wrong, in words a planner understands.
 */
public record ValidationIssue(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
