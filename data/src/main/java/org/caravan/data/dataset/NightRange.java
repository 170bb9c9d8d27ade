package org.caravan.data.dataset;

import java.time.LocalDate;

/** The first and the last night, inclusive; a night is named by the date it starts. */
public record NightRange(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate night) {
        return !night.isBefore(from) && !night.isAfter(to);
    }
}
