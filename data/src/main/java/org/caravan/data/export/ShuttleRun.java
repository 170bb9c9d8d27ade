package org.caravan.data.export;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One shuttle run at the venue airport: a shuttle slot ({@link org.caravan.data.rules.ShuttleSlot}), the flights landing (OUTBOUND) or taking
 * off (RETURN) in it, and the people on them. Times are local at the venue airport.
 *
 * @param start the slot's first minute
 * @param end the slot's end (exclusive): start plus the slot length, or midnight when the day ends first
 */
public record ShuttleRun(Direction direction, LocalDateTime start, LocalDateTime end, List<Flight> flights,
        List<Passenger> passengers) {

    public ShuttleRun {
        flights = List.copyOf(flights);
        passengers = List.copyOf(passengers);
    }

    /** The day of the slot (the day its block is counted in). */
    public LocalDate date() {
        return start.toLocalDate();
    }

    /** A flight in the slot; {@code time} is its landing (or take-off) at the venue airport. */
    public record Flight(String segmentId, String flight, LocalDateTime time) {
    }

    /** Who is on a flight of the slot, and the hotel to drive them to (or from); hotel null without a room. */
    public record Passenger(String participantId, String name, @Nullable String hotelId, @Nullable String hotelName, String segmentId,
            String flight, LocalDateTime time) {
    }
}
