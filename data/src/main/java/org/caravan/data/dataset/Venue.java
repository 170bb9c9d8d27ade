package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

public record Venue(@Nullable String name, @Nullable Double lat, @Nullable Double lon, String airport) {
}
