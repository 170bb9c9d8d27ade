package org.caravan.api.solve;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PositiveOrZero;
import org.caravan.data.dataset.Weights;

import java.math.BigDecimal;

/** Soft-rule weights for one solve, in money per unit: absent keeps the dataset's weight, zero switches the rule off. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Weights to override; absent keeps the dataset's value, 0 switches the rule off")
public record WeightOverrides(
        @PositiveOrZero BigDecimal noCommonLanguage,
        @PositiveOrZero BigDecimal roommateCountry,
        @PositiveOrZero BigDecimal roommateRequestUnmet,
        @PositiveOrZero BigDecimal delegationSplit,
        @PositiveOrZero BigDecimal perStop,
        @PositiveOrZero BigDecimal perTravelHour,
        @PositiveOrZero BigDecimal longLayover,
        @PositiveOrZero BigDecimal arrivalSlot,
        @PositiveOrZero BigDecimal vipBelowStars,
        @PositiveOrZero BigDecimal disruption) {

    Weights over(Weights base) {
        return new Weights(
                or(noCommonLanguage, base.noCommonLanguage()),
                or(roommateCountry, base.roommateCountry()),
                or(roommateRequestUnmet, base.roommateRequestUnmet()),
                or(delegationSplit, base.delegationSplit()),
                or(perStop, base.perStop()),
                or(perTravelHour, base.perTravelHour()),
                or(longLayover, base.longLayover()),
                or(arrivalSlot, base.arrivalSlot()),
                or(vipBelowStars, base.vipBelowStars()),
                or(disruption, base.disruption()));
    }

    private static BigDecimal or(BigDecimal override, BigDecimal base) {
        return override == null ? base : override;
    }
}
