package org.caravan.api.changes;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan's money against what is committed: per payer and in total, what is booked (tickets issued, rooms
 * confirmed), what the rest of the plan is forecast to cost, what stays spent of cancellations and broken bookings,
 * and what is left.
 */
public record Forecast(
        long planId,
        @Schema(description = "The event's currency; every amount is in it") String currency,
        @Schema(description = "Per payer: funds in dataset order, then general and SELF") List<Line> payers,
        @Schema(description = "Everything paid from the budget (every payer but SELF), against budget.total") Line total,
        @Schema(description = "How booked amounts are priced") String pricing) {

    /**
     * @param available the fund's amount, or budget.total for the total line; absent for general and SELF, which
     *         have no amount of their own
     * @param left available minus booked, forecast and sunk; absent when available is
     */
    public record Line(String payer, BigDecimal available, BigDecimal booked, BigDecimal forecast, BigDecimal sunk,
            BigDecimal committed, BigDecimal left) {
    }
}
