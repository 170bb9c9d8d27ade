package org.caravan.data.export;

/** Which way a flight carries a participant: to the event, or home. */
public enum Direction {
    OUTBOUND, RETURN
}
