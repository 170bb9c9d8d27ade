package org.caravan.data.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A shuttle run at the venue airport (docs/RULES.md, arrivalSlot): the day cut into blocks of
 * {@code policy.arrivalSlotMinutes} from midnight, local time at the venue airport. A landing (or a take-off, for
 * the runs back) belongs to the block its minute of the day falls in.
 *
 * @param airport the venue airport, where the shuttle runs from
 * @param start the block's first minute
 * @param end the block's end (exclusive): start plus the slot length, or midnight when the day ends first
 */
public record ShuttleSlot(String airport, LocalDateTime start, LocalDateTime end) {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A slot is a block of the day, so it cannot be longer than a day. */
    public static final int MAX_MINUTES = 24 * 60;

    /** The slot of a local time at the venue airport. */
    public static ShuttleSlot of(String airport, LocalDateTime localTime, int slotMinutes) {
        int minuteOfDay = localTime.getHour() * 60 + localTime.getMinute();
        LocalDateTime start = localTime.toLocalDate().atStartOfDay()
                .plusMinutes((long) (minuteOfDay / slotMinutes) * slotMinutes);
        LocalDateTime midnight = start.toLocalDate().plusDays(1).atStartOfDay();
        LocalDateTime end = start.plusMinutes(slotMinutes);
        return new ShuttleSlot(airport, start, end.isAfter(midnight) ? midnight : end);
    }

    /** The slot as a planner reads it: "2026-03-23 22:00–24:00 at DJE" (a slot ending at midnight ends at 24:00). */
    public String inWords() {
        String until = end.toLocalDate().isAfter(start.toLocalDate()) && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? "24:00" : TIME.format(end);
        return DAY_AND_TIME.format(start) + "\u2013" + until + " at " + airport;
    }

    /** The day of the slot (the day its block is counted in). */
    public LocalDate date() {
        return start.toLocalDate();
    }
}
