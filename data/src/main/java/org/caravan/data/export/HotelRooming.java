package org.caravan.data.export;

import java.util.List;

/** A hotel's rooming list: one row per occupant of each occupied room, by room then name. */
public record HotelRooming(String hotelId, String hotelName, List<RoomingRow> rows) {

    public HotelRooming {
        rows = List.copyOf(rows);
    }

    /** The list as CSV for the hotel ({@code rooming-<hotel id>.csv}). */
    public String toCsv() {
        Csv csv = new Csv("room", "room type", "first night", "last night", "check-out", "nights",
                "participant", "name", "gender", "nationality", "languages", "needs", "roommates");
        for (RoomingRow row : rows) {
            csv.row(row.roomId(), row.roomType(), row.firstNight(), row.lastNight(), row.checkOut(), row.nights(),
                    row.participantId(), row.name(), row.gender(), row.nationality(), row.languages(), row.needs(),
                    row.roommates());
        }
        return csv.text();
    }
}
