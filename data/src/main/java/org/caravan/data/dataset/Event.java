package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The event: where and when, and the windows in which people may arrive and leave (event local time).
 *
 * @param language the language of the event's documents when a participant has no preference (a language code
 *         such as fr or en); null for English
 * @param organiser who invites, signs the visa letters and answers participants' questions; null for a letter
 *         signed by the event's organising committee
 */
public record Event(
        String name,
        String timeZone,
        @Nullable String currency,
        Venue venue,
        LocalDate firstDay,
        LocalDate lastDay,
        TimeWindow arrivalWindow,
        TimeWindow departureWindow,
        @Nullable String language,
        @Nullable Organiser organiser) {
}
