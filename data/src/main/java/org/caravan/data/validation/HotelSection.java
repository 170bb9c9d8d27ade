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
        eachEntry("$.hotels", dataset.hotels(), "dataset.hotel.null", (path, hotel) -> {
            checkHotel(path, hotel, seenHotels);
            eachEntry(path + ".rooms", hotel.rooms(), "dataset.room.null", (roomPath, room) -> checkRoom(roomPath, room, seenRooms));
        });
    }

    private void checkHotel(String path, Hotel hotel, Map<String, String> seen) {
        requireId(path + ".id", hotel.id(), "dataset.hotel.noId", words("word.hotelId"), seen);
        requireText(path + ".name", hotel.name(), "dataset.hotel.noName", hotel.id());
        if (hotel.stars() == null) {
            issue(path + ".stars", "dataset.hotel.noStars", hotel.id());
        } else if (hotel.stars() < 1 || hotel.stars() > 5) {
            issue(path + ".stars", "dataset.hotel.stars", hotel.id(), hotel.stars());
        }
        requireCoordinates(path, hotel.lat(), hotel.lon(), words("owner.hotel", hotel.id()));
        requireMoney(path + ".taxPerPersonNight", hotel.taxPerPersonNight(), "dataset.hotel.negativeTax", hotel.id());
        if (hotel.distanceKm() != null && hotel.distanceKm() < 0) {
            issue(path + ".distanceKm", "dataset.hotel.negativeDistance", hotel.id(), hotel.distanceKm());
        }
    }

    private void checkRoom(String path, Room room, Map<String, String> seen) {
        requireId(path + ".id", room.id(), "dataset.room.noId", words("word.roomId"), seen);
        if (room.capacity() == null) {
            issue(path + ".capacity", "dataset.room.noCapacity", room.id());
        } else if (room.capacity() < 1) {
            issue(path + ".capacity", "dataset.room.capacity", room.id(), room.capacity());
        }
        if (room.pricePerNight() == null) {
            issue(path + ".pricePerNight", "dataset.room.noPrice", room.id());
        } else {
            requireMoney(path + ".pricePerNight", room.pricePerNight(), "dataset.room.negativePrice", room.id());
        }
        checkAvailability(path + ".available", room);
    }

    private void checkAvailability(String path, Room room) {
        NightRange available = room.available();
        if (available == null) {
            issue(path, "dataset.room.noAvailability", room.id());
            return;
        }
        if (available.from() == null) {
            issue(path + ".from", "dataset.room.noFirstNight", room.id());
        }
        if (available.to() == null) {
            issue(path + ".to", "dataset.room.noLastNight", room.id());
        }
        if (available.from() != null && available.to() != null && available.from().isAfter(available.to())) {
            issue(path, "dataset.room.neverAvailable", room.id(), available.from(), available.to());
        }
    }
}
