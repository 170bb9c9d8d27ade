package org.caravan.data.validation;

import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.NightRange;
import org.caravan.data.dataset.Room;

import java.util.HashMap;
import java.util.Map;

/** The hotels and their rooms: stars, taxes, capacities, prices, blocks. */
final class HotelSection extends Section {

    HotelSection(Section.Context context) {
        super(context);
    }

    @Override
    void check() {
        checkHotels();
    }

    private void checkHotels() {
        Map<String, String> seenHotels = new HashMap<>();
        Map<String, String> seenRooms = new HashMap<>();
        eachEntry("$.hotels", dataset.hotels(), "hotel", (path, hotel) -> {
            checkHotel(path, hotel, seenHotels);
            eachEntry(path + ".rooms", hotel.rooms(), "room", (roomPath, room) -> checkRoom(roomPath, room, seenRooms));
        });
    }

    private void checkHotel(String path, Hotel hotel, Map<String, String> seen) {
        requireId(path + ".id", hotel.id(), "A hotel has no id.", "hotel id", seen);
        requireText(path + ".name", hotel.name(), "The hotel (%s) has no name.".formatted(hotel.id()));
        if (hotel.stars() == null) {
            issue(path + ".stars", "The hotel (%s) has no stars; give 1 to 5.".formatted(hotel.id()));
        } else if (hotel.stars() < 1 || hotel.stars() > 5) {
            issue(path + ".stars", "The hotel (%s) has stars (%d); it must be from 1 to 5.".formatted(hotel.id(), hotel.stars()));
        }
        requireCoordinates(path, hotel.lat(), hotel.lon(), "The hotel (" + hotel.id() + ")");
        requireMoney(path + ".taxPerPersonNight", hotel.taxPerPersonNight(),
                "The hotel (" + hotel.id() + ") has a negative tax per person per night (%s).");
        if (hotel.distanceKm() != null && hotel.distanceKm() < 0) {
            issue(path + ".distanceKm", "The hotel (%s) has a negative distance to the venue (%s km)."
                    .formatted(hotel.id(), hotel.distanceKm()));
        }
    }

    private void checkRoom(String path, Room room, Map<String, String> seen) {
        requireId(path + ".id", room.id(), "A room has no id.", "room id", seen);
        if (room.capacity() == null) {
            issue(path + ".capacity", "The room (%s) has no capacity; give its number of beds.".formatted(room.id()));
        } else if (room.capacity() < 1) {
            issue(path + ".capacity", "The room (%s) has capacity (%d); it must be at least 1."
                    .formatted(room.id(), room.capacity()));
        }
        if (room.pricePerNight() == null) {
            issue(path + ".pricePerNight", "The room (%s) has no price per night.".formatted(room.id()));
        } else {
            requireMoney(path + ".pricePerNight", room.pricePerNight(),
                    "The room (" + room.id() + ") has a negative price per night (%s).");
        }
        checkAvailability(path + ".available", room);
    }

    private void checkAvailability(String path, Room room) {
        NightRange available = room.available();
        if (available == null) {
            issue(path, "The room (%s) has no available nights; give the first and last night of the block (from, to)."
                    .formatted(room.id()));
            return;
        }
        if (available.from() == null) {
            issue(path + ".from", "The room (%s) has no first available night.".formatted(room.id()));
        }
        if (available.to() == null) {
            issue(path + ".to", "The room (%s) has no last available night.".formatted(room.id()));
        }
        if (available.from() != null && available.to() != null && available.from().isAfter(available.to())) {
            issue(path, "The room (%s) is never available: its first night (%s) is after its last night (%s)."
                    .formatted(room.id(), available.from(), available.to()));
        }
    }
}
