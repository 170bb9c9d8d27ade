package org.caravan.data.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money available: a total over everyone not self-funded, and optional donor funds; {@code spent} (optional) is
 * money already spent that no decision holds (a late change's sunk costs and broken bookings), counted by its payer.
 */
public record Budget(BigDecimal total, List<Fund> funds, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Spent> spent) {

    public Budget {
        funds = Dataset.listOrEmpty(funds);
        spent = Dataset.listOrEmpty(spent);
    }

    public Budget(BigDecimal total, List<Fund> funds) {
        this(total, funds, List.of());
    }

    public Budget withSpent(List<Spent> newSpent) {
        return new Budget(total, funds, newSpent);
    }
}
