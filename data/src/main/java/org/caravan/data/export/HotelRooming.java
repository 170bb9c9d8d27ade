package org.caravan.data.export;

import java.util.List;

/**
 * A hotel's rooming list: each occupied room's booking line, and one row per occupant of each room, by room then
 * name. A hotel the plan puts nobody in has a list with no rooms and no guests: every hotel gets its file, so a
 * hotel that is not used learns it from an empty list rather than from silence.
 */
public record HotelRooming(String hotelId, String hotelName, List<RoomBooking> rooms, List<RoomingRow> rows) {

    /**
     * The CSV columns: {@code line} says whether a row is a room's booking line ({@code room}: check-in, check-out,
     * nights charged, price, guests per night) or one of its guests ({@code guest}), so a hotel can filter either.
     */
    static final List<String> CSV_HEADER = List.of("line", "room", "room type", "first night", "last night",
            "check-out", "nights", "participant", "name", "gender", "nationality", "languages", "needs", "roommates",
            "guests per night", "price per night", "room price");

    public HotelRooming {
        rooms = List.copyOf(rooms);
        rows = List.copyOf(rows);
    }

    /** Whether the plan puts nobody in this hotel. */
    public boolean unused() {
        return rooms.isEmpty();
    }

    /**
     * The list as CSV for the hotel ({@code rooming-<hotel id>.csv}): each room's booking line followed by its
     * guests; only the header for a hotel nobody is placed in.
     */
    public String toCsv() {
        Csv csv = new Csv(CSV_HEADER.toArray(String[]::new));
        int next = 0;
        for (RoomBooking room : rooms) {
            csv.row("room", room.roomId(), room.roomType(), room.checkIn(), room.checkOut().minusDays(1),
                    room.checkOut(), room.nightsCharged(), null, null, null, null, null, null, null,
                    room.occupancy(), room.pricePerNight(), room.price());
            while (next < rows.size() && rows.get(next).roomId().equals(room.roomId())) {
                RoomingRow row = rows.get(next++);
                csv.row("guest", row.roomId(), row.roomType(), row.firstNight(), row.lastNight(), row.checkOut(),
                        row.nights(), row.participantId(), row.name(), row.gender(), row.nationality(),
                        row.languages(), row.needs(), row.roommates(), null, null, null);
            }
        }
        return csv.text();
    }
}
