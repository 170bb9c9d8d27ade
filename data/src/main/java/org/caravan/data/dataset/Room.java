package org.caravan.data.dataset;

import java.math.BigDecimal;

public record Room(String id, String type, Integer capacity, BigDecimal pricePerNight, boolean accessible, NightRange available) {
}
