package org.caravan.data.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A shuttle run at the venue airport (docs/RULES.md, arrivalSlot): the day cut into blocks of
 * {@code policy.arrivalSlotMinutes} from midnight, local time at the venue airport. A landing (or a take-off, for
 * the runs back) belongs to the block its minute of the day falls in.
 *
 * @param start the block's first minute
 * @param end the block's end (exclusive): start plus the slot length, or midnight when the day ends first
 */
public record ShuttleSlot(LocalDateTime start, LocalDateTime end) {

    /** A slot is a block of the day, so it cannot be longer than a day. */
    public static final int MAX_MINUTES = 24 * 60;

    /** The slot of a local time at the venue airport. */
    public static ShuttleSlot of(LocalDateTime localTime, int slotMinutes) {
        int minuteOfDay = localTime.getHour() * 60 + localTime.getMinute();
        LocalDateTime start = localTime.toLocalDate().atStartOfDay()
                .plusMinutes((long) (minuteOfDay / slotMinutes) * slotMinutes);
        LocalDateTime midnight = start.toLocalDate().plusDays(1).atStartOfDay();
        LocalDateTime end = start.plusMinutes(slotMinutes);
        return new ShuttleSlot(start, end.isAfter(midnight) ? midnight : end);
    }

    /** The day of the slot (the day its block is counted in). */
    public LocalDate date() {
        return start.toLocalDate();
    }
}
