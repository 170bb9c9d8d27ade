package org.caravan.data.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A room's own booking line, as a hotel's reservation desk books it: from the first night anyone sleeps in it to
 * the check-out after the last, the nights it is charged (those with at least one guest), its price, and how many
 * guests sleep in it each night when that changes during the stay.
 *
 * @param checkIn the first night anyone sleeps in the room
 * @param checkOut the day after the last night anyone sleeps in it
 * @param nightsCharged the nights with at least one guest (fewer than check-in to check-out when the room stands
 *        empty in between)
 * @param price the price per night times the nights charged
 * @param guestsPerNight the room's occupancy over the stay, as consecutive runs of nights with the same number of
 *        guests
 */
public record RoomBooking(String roomId, String roomType, LocalDate checkIn, LocalDate checkOut, int nightsCharged,
        BigDecimal pricePerNight, BigDecimal price, List<Occupancy> guestsPerNight) {

    public RoomBooking {
        guestsPerNight = List.copyOf(guestsPerNight);
    }

    /** From {@code firstNight} to {@code lastNight} (both slept), {@code guests} people each night. */
    public record Occupancy(LocalDate firstNight, LocalDate lastNight, int guests) {

        @Override
        public String toString() {
            String nights = firstNight.equals(lastNight) ? firstNight.toString() : firstNight + " to " + lastNight;
            return guests + (guests == 1 ? " guest " : " guests ") + nights;
        }
    }

    /** The occupancy in words for a hotel: "2 guests 2026-03-22 to 2026-03-24; 1 guest 2026-03-25". */
    public String occupancy() {
        return String.join("; ", guestsPerNight.stream().map(Occupancy::toString).toList());
    }

    /** Whether the room stands empty on a night between check-in and check-out, so the hotel may let it. */
    public boolean emptyNightsInBetween() {
        return nightsCharged < checkIn.until(checkOut).getDays();
    }
}
