package org.caravan.data.dataset;

/** An airport; its time zone gives the meaning of local times of segments there. */
public record Airport(String code, String city, String country, String timeZone, Double lat, Double lon) {
}
