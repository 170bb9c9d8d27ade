package org.caravan.data.dataset;

import java.time.LocalDate;

/** The event: where and when, and the windows in which people may arrive and leave (event local time). */
public record Event(
        String name,
        String timeZone,
        String currency,
        Venue venue,
        LocalDate firstDay,
        LocalDate lastDay,
        TimeWindow arrivalWindow,
        TimeWindow departureWindow) {
}
