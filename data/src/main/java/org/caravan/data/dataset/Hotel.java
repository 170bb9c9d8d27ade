package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * A hotel and the rooms it offers.
 *
 * @param address the postal address participants are given in their dossiers; null when unknown
 */
public record Hotel(
        String id,
        String name,
        @Nullable Double lat,
        @Nullable Double lon,
        Integer stars,
        @Nullable Double distanceKm,
        BigDecimal taxPerPersonNight,
        List<Room> rooms,
        String address) {

    public Hotel {
        rooms = Dataset.listOrEmpty(rooms);
        taxPerPersonNight = taxPerPersonNight == null ? BigDecimal.ZERO : taxPerPersonNight;
    }
}
