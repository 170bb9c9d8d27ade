package org.caravan.data.sheets;

import org.jspecify.annotations.Nullable;

/**
 * One thing the planner should know about an import, placed as they would find it in their file: the sheet (a
 * workbook sheet's name or a CSV file's name), the row number their spreadsheet shows and the column as they headed
 * it. A problem of the dataset as a whole (no event, say) has no row or column; one in a part of the dataset no
 * sheet gave carries that part's JSON path instead.
 *
 * @param sheet null when the problem is not in a sheet
 * @param row null for the sheet as a whole
 * @param column null for the row as a whole
 * @param path the JSON path in the dataset, when the problem is in a part no sheet gave; otherwise null
 */
public record SheetIssue(@Nullable String sheet, @Nullable Integer row, @Nullable String column, @Nullable String path,
        String message) {

    static SheetIssue at(@Nullable String sheet, @Nullable Integer row, @Nullable String column, String message) {
        return new SheetIssue(sheet, row, column, null, message);
    }

    /** "Participants, row 14, column 'nationalité': 'Burkina' is not a country; did you mean Burkina Faso (BF)?" */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (sheet != null) {
            where.append(sheet);
        }
        if (row != null) {
            where.append(where.isEmpty() ? "" : ", ").append("row ").append(row);
        }
        if (column != null) {
            where.append(where.isEmpty() ? "" : ", ").append("column '").append(column).append('\'');
        }
        if (path != null) {
            where.append(where.isEmpty() ? "" : ", ").append(path);
        }
        return where.isEmpty() ? message : where + ": " + message;
    }
}
