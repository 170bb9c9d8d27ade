package org.caravan.data.plan;

import java.math.BigDecimal;

/**
 * hard: 0 when feasible, negative in proportion to the breaches; medium: minus the summed priority of people
 * not brought; soft: minus (total cost of everyone plus penalties), in the event currency.
 */
public record PlanScore(long hard, long medium, BigDecimal soft) {

    @Override
    public String toString() {
        return hard + "hard/" + medium + "medium/" + soft.toPlainString() + "soft";
    }
}
