package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

public record Hotel(
        String id,
        String name,
        @Nullable Double lat,
        @Nullable Double lon,
        Integer stars,
        @Nullable Double distanceKm,
        BigDecimal taxPerPersonNight,
        List<Room> rooms) {

    public Hotel {
        rooms = Dataset.listOrEmpty(rooms);
        taxPerPersonNight = taxPerPersonNight == null ? BigDecimal.ZERO : taxPerPersonNight;
    }
}
