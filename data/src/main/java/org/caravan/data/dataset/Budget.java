package org.caravan.data.dataset;

import java.math.BigDecimal;
import java.util.List;

/** The money available: a total over everyone not self-funded, and optional donor funds. */
public record Budget(BigDecimal total, List<Fund> funds) {

    public Budget {
        funds = Dataset.listOrEmpty(funds);
    }
}
