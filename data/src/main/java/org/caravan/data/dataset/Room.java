package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

public record Room(String id, @Nullable String type, Integer capacity, BigDecimal pricePerNight, boolean accessible, NightRange available) {
}
