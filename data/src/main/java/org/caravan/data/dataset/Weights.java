package org.caravan.data.dataset;

import java.math.BigDecimal;

/**
 * What the planner would pay, in the event currency, to avoid one unit of each nuisance.
 * An absent weight takes its default; zero switches the rule off.
 */
public record Weights(
        BigDecimal noCommonLanguage,
        BigDecimal roommateCountry,
        BigDecimal roommateRequestUnmet,
        BigDecimal delegationSplit,
        BigDecimal perStop,
        BigDecimal perTravelHour,
        BigDecimal longLayover,
        BigDecimal arrivalSlot,
        BigDecimal vipBelowStars,
        BigDecimal disruption) {

    public Weights {
        noCommonLanguage = orDefault(noCommonLanguage, 60);
        roommateCountry = orDefault(roommateCountry, 15);
        roommateRequestUnmet = orDefault(roommateRequestUnmet, 40);
        delegationSplit = orDefault(delegationSplit, 25);
        perStop = orDefault(perStop, 30);
        perTravelHour = orDefault(perTravelHour, 8);
        longLayover = orDefault(longLayover, 80);
        arrivalSlot = orDefault(arrivalSlot, 90);
        vipBelowStars = orDefault(vipBelowStars, 150);
        disruption = orDefault(disruption, 50);
    }

    private static BigDecimal orDefault(BigDecimal value, int fallback) {
        return value == null ? BigDecimal.valueOf(fallback) : value;
    }

    public static Weights defaults() {
        return new Weights(null, null, null, null, null, null, null, null, null, null);
    }
}
