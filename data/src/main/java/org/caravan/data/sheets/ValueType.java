package org.caravan.data.sheets;

/**
 * What a column holds, and so how its cells are read (leniently: the words planners write) and written back (in the
 * sheet's language). Reading and writing live in {@link CellValues}; a blank cell never reaches them.
 */
enum ValueType {
    /** Free text: names, organisations; spaces tidied. */
    TEXT("text"),
    /** An identifier, kept as written (tidied). */
    ID("an id"),
    /** A code written in capitals, such as a visa's name. */
    CODE("a code"),
    WHOLE_NUMBER("a whole number"),
    /** A decimal number such as a latitude, with a point or a comma. */
    NUMBER("a number"),
    /** An amount in the event currency; symbols, spaces between thousands and a decimal comma are fine. */
    MONEY("an amount"),
    YES_NO("yes or no"),
    DATE("a date"),
    DATE_TIME("a date and time"),
    TIME_ZONE("a time zone"),
    CURRENCY("a currency"),
    COUNTRY("a country"),
    LANGUAGE("a language"),
    LANGUAGES("languages"),
    AIRPORT("an airport"),
    AIRPORTS("airports"),
    GENDER("a gender"),
    ROLE("a role"),
    FUND("a fund"),
    TRAVEL_MODE("a travel mode"),
    PARTICIPANTS("participants"),
    VISAS("visas"),
    SEGMENTS("flight segments"),
    VISA_PURPOSE("a visa purpose"),
    ROOMMATE_COUNTRY("a roommate nationality rule");

    private final String expected;

    ValueType(String expected) {
        this.expected = expected;
    }

    /** The kind of value, as a message names it ("a date"). */
    String expected() {
        return expected;
    }

    boolean isList() {
        return this == LANGUAGES || this == AIRPORTS || this == PARTICIPANTS || this == VISAS || this == SEGMENTS;
    }
}
