package org.caravan.data.sheets;

/** What is wrong with one cell, in the planner's words; the importer adds the sheet, row and column. */
final class CellProblem extends Exception {

    CellProblem(String message) {
        super(message, null, false, false);
    }

    /** "'Burkina' is not a country; did you mean Burkina Faso (BF)?" or, with nothing close, the expectation. */
    static CellProblem notA(String typed, String what, java.util.List<String> suggestions, String otherwise) {
        String meant = suggestions.isEmpty() ? otherwise + "." : "did you mean " + Words.orList(suggestions) + "?";
        return new CellProblem("'%s' is not %s; %s".formatted(typed, what, meant));
    }
}
