package org.caravan.data.dataset;

import java.math.BigDecimal;
import java.util.List;

public record Hotel(
        String id,
        String name,
        Double lat,
        Double lon,
        Integer stars,
        Double distanceKm,
        BigDecimal taxPerPersonNight,
        List<Room> rooms) {

    public Hotel {
        rooms = Dataset.listOrEmpty(rooms);
        taxPerPersonNight = taxPerPersonNight == null ? BigDecimal.ZERO : taxPerPersonNight;
    }
}
