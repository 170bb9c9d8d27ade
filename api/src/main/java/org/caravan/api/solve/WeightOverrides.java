package org.caravan.api.solve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PositiveOrZero;
import org.caravan.data.dataset.Weights;
import org.caravan.data.json.CaravanJson;

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

    private static final TypeReference<Map<String, Object>> BY_KEY = new TypeReference<>() { };

    /**
     * The base weights with the given ones in their place, field by field as {@code policy.weights} names them: no
     * table of the rules here (the api holds none), only the two JSON objects laid over each other.
     */
    Weights over(Weights base) {
        Map<String, Object> weights = CaravanJson.mapper().convertValue(base, BY_KEY);
        weights.putAll(CaravanJson.mapper().convertValue(this, BY_KEY));
        return CaravanJson.mapper().convertValue(weights, Weights.class);
    }
}
