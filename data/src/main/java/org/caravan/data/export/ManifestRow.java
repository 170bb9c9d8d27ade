package org.caravan.data.export;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/**
 * One passenger on one flight, as an airline reads a group manifest.
 *
 * @param departure local time at {@code from}
 * @param arrival local time at {@code to}
 * @param departureUtc the same take-off in UTC, to compare flights leaving from airports in different zones
 * @param arrivalUtc the same landing in UTC
 * @param seats the group's seat limit on this flight; null when there is none
 */
public record ManifestRow(
        String segmentId,
        String carrier,
        String number,
        String from,
        String to,
        LocalDateTime departure,
        LocalDateTime arrival,
        LocalDateTime departureUtc,
        LocalDateTime arrivalUtc,
        @Nullable Integer seats,
        String participantId,
        String name,
        String nationality,
        Direction direction) {

    /** Carrier and number as printed on a ticket, such as "TU 745". */
    public String flight() {
        return carrier + " " + number;
    }
}
