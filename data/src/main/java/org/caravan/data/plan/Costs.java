package org.caravan.data.plan;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Map;

/** What the plan costs, in the event currency. {@code byFund} keys: fund ids, {@code general}, {@code SELF}. */
public record Costs(BigDecimal total, BigDecimal flights, BigDecimal rooms, BigDecimal taxes, BigDecimal visas,
        @Nullable Map<String, BigDecimal> byFund) {
}
