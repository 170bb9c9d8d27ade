package org.caravan.data.export;

import org.caravan.data.dataset.Gender;

import java.time.LocalDate;
import java.util.List;

/**
 * One occupant of one room, as a hotel reads a rooming list.
 *
 * @param firstNight the night of arrival (check-in date); a night is named by the date it starts
 * @param lastNight the last night slept; check-out is the next day
 * @param roommates the others in the room on at least one of these nights, each by name and id (two guests may share a name)
 */
public record RoomingRow(
        String roomId,
        String roomType,
        LocalDate firstNight,
        LocalDate lastNight,
        int nights,
        String participantId,
        String name,
        Gender gender,
        String nationality,
        List<String> languages,
        boolean singleRoom,
        boolean accessibleRoom,
        List<String> roommates) {

    public LocalDate checkOut() {
        return lastNight.plusDays(1);
    }

    /** The needs in words, empty when none: "single room", "accessible room", or both. */
    public String needs() {
        if (singleRoom && accessibleRoom) {
            return "single room; accessible room";
        }
        return singleRoom ? "single room" : accessibleRoom ? "accessible room" : "";
    }
}
