package org.caravan.data.sheets;

import org.caravan.data.text.WrittenLanguage;

import java.util.List;

/**
 * One column of a sheet (or one line of the Event sheet): the dataset field it fills, what it holds, the headers it
 * is known by in English and French (the first of each is the one templates write) and what a template says
 * about it.
 *
 * @param path the field inside its record, dots for nested objects ({@code needs.singleRoom}); for the Event sheet
 *         from the dataset's top ({@code event.firstDay}); {@value #COUNT} is the room-count column of the Hotels
 *         sheet, which fills no field
 * @param room for the Hotels sheet: the column describes a room, not the hotel
 * @param blankIsFalse an empty cell means "no" for a yes/no field that has no "absent" value in the format
 */
record SheetField(String path, ValueType type, List<String> english, List<String> french, String helpEnglish,
        String helpFrench, boolean room, boolean blankIsFalse) {

    static final String COUNT = "count";

    SheetField {
        english = List.copyOf(english);
        french = List.copyOf(french);
    }

    String header(WrittenLanguage language) {
        return language == WrittenLanguage.FR ? french.get(0) : english.get(0);
    }

    String help(WrittenLanguage language) {
        return language == WrittenLanguage.FR ? helpFrench : helpEnglish;
    }

    /** Whether a header, as written in a file, names this column in either language. */
    boolean isHeadedBy(String header) {
        String key = Words.key(header);
        return english.stream().anyMatch(name -> Words.key(name).equals(key))
                || french.stream().anyMatch(name -> Words.key(name).equals(key));
    }

    boolean isHeadedInFrenchOnlyBy(String header) {
        String key = Words.key(header);
        return french.stream().anyMatch(name -> Words.key(name).equals(key))
                && english.stream().noneMatch(name -> Words.key(name).equals(key));
    }

    boolean isHeadedInEnglishOnlyBy(String header) {
        String key = Words.key(header);
        return english.stream().anyMatch(name -> Words.key(name).equals(key))
                && french.stream().noneMatch(name -> Words.key(name).equals(key));
    }
}
