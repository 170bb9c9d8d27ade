package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The event: where and when, and the windows in which people may arrive and leave (event local time). */
public record Event(
        String name,
        String timeZone,
        @Nullable String currency,
        Venue venue,
        LocalDate firstDay,
        LocalDate lastDay,
        TimeWindow arrivalWindow,
        TimeWindow departureWindow) {
}
