package org.caravan.data.dataset;

public record Venue(String name, Double lat, Double lon, String airport) {
}
