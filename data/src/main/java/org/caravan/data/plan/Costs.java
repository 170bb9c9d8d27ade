package org.caravan.data.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the plan costs, in the event currency. {@code byFund} keys: fund ids, {@code general}, {@code SELF}.
 * {@code spent} (optional, absent when zero): the dataset's {@code budget.spent}, money already spent that no decision
 * holds; it is part of {@code total} and of its payers' {@code byFund}.
 */
public record Costs(BigDecimal total, BigDecimal flights, BigDecimal rooms, BigDecimal taxes, BigDecimal visas,
        @Nullable Map<String, BigDecimal> byFund, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal spent) {

    public Costs(BigDecimal total, BigDecimal flights, BigDecimal rooms, BigDecimal taxes, BigDecimal visas,
            @Nullable Map<String, BigDecimal> byFund) {
        this(total, flights, rooms, taxes, visas, byFund, null);
    }
}
