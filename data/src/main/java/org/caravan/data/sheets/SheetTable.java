package org.caravan.data.sheets;

import java.util.List;

/**
 * One sheet as read from a file, before its columns are understood: its rows of cells, each with the row number
 * the planner sees in the spreadsheet (counted from 1, the header row included).
 *
 * @param file the file's name, as uploaded
 * @param name the sheet's name in a workbook; null for a CSV file
 */
record SheetTable(String file, String name, List<Row> rows) {

    SheetTable {
        rows = List.copyOf(rows);
    }

    record Row(int number, List<Cell> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.BLANK;
        }

        boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    /** What the planner calls this sheet in a message: the workbook sheet's name, or the CSV file's name. */
    String label() {
        return name != null ? name : file;
    }
}
