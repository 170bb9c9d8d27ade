package org.caravan.data.check;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * What one brought participant costs and who pays it. {@code roomShare} is this participant's part of their
 * payer's rounded share of each room-night ({@code Money.share(price, k, n)}), split among the payer's k occupants
 * cent by cent, so that the room shares of a payer's participants add up exactly to what {@code costs.byFund}
 * charges that payer for rooms. {@code room} is null without a room.
 */
public record ParticipantCost(
        String participant,
        String payer,
        @Nullable String room,
        BigDecimal flight,
        BigDecimal roomShare,
        BigDecimal taxes,
        BigDecimal visas,
        BigDecimal total) {
}
