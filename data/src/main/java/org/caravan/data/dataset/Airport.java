package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

/** An airport; its time zone gives the meaning of local times of segments there. */
public record Airport(String code, @Nullable String city, String country, String timeZone, @Nullable Double lat,
        @Nullable Double lon) {
}
