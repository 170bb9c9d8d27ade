package org.caravan.data.sheets;

/** An uploaded spreadsheet: its name (which says nothing of its content, but names it in messages) and bytes. */
public record SheetFile(String name, byte[] content) {

    public SheetFile {
        name = name == null || name.isBlank() ? "spreadsheet" : name;
        content = content == null ? new byte[0] : content;
    }
}
