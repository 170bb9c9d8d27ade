package org.caravan.data.sheets;

/** Spreadsheets that cannot be imported; the report lists every problem with its sheet, row and column. */
public class InvalidSheetsException extends RuntimeException {

    private final transient ImportReport report;

    public InvalidSheetsException(ImportReport report) {
        super("The spreadsheets have " + report.problems().size() + " problem(s); nothing was imported:\n"
                + String.join("\n", report.problems().stream().map(problem -> "  " + problem).toList()));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
