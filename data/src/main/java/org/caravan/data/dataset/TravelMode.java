package org.caravan.data.dataset;

public enum TravelMode {
    FLIGHT,
    /** Local or land travel: the stay comes from the fixed dates or the event's days. */
    NONE
}
