package org.caravan.api.solve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PositiveOrZero;
import org.caravan.data.dataset.Weights;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.rules.SoftRule;

import java.math.BigDecimal;
import java.util.Map;

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

    /** The weights given, by their key in {@code policy.weights} (absent ones are left out). */
    private static final TypeReference<Map<String, BigDecimal>> BY_KEY = new TypeReference<>() { };

    Weights over(Weights base) {
        Map<String, BigDecimal> given = CaravanJson.mapper().convertValue(this, BY_KEY);
        return SoftRule.weights(rule -> given.getOrDefault(rule.key(), rule.weight(base)));
    }
}
