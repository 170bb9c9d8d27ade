package org.caravan.api.solve;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Policy;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.json.CaravanJson;

import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Policy changes for one solve, leaving the stored dataset alone: absent keeps the dataset's value, zero switches a
 * rule off ({@code vipMinStars: 0} no hotel is below it; {@code arrivalSlotMinutes: 0} no arrival-slot penalty;
 * {@code roommateCountry: IGNORE}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Policy overrides for this solve; absent keeps the dataset's value, 0 switches a rule off")
public record PolicyOverrides(
        RoommateCountryMode roommateCountry,
        @Min(0) @Max(7) Integer vipMinStars,
        @Min(0) @Max(1440) Integer arrivalSlotMinutes,
        @Valid WeightOverrides weights) {

    public Dataset applyTo(Dataset dataset) {
        Policy base = dataset.policy();
        var weights = this.weights == null ? base.weights() : this.weights.over(base.weights());
        Integer slotMinutes = base.arrivalSlotMinutes();
        if (arrivalSlotMinutes != null && arrivalSlotMinutes == 0) {
            // Slots of zero minutes mean nothing; zero switches the rule off through its weight instead.
            weights = new WeightOverrides(null, null, null, null, null, null, null, BigDecimal.ZERO, null, null).over(weights);
        } else if (arrivalSlotMinutes != null) {
            slotMinutes = arrivalSlotMinutes;
        }
        return dataset.withPolicy(new Policy(
                roommateCountry == null ? base.roommateCountry() : roommateCountry,
                vipMinStars == null ? base.vipMinStars() : vipMinStars,
                slotMinutes,
                weights));
    }

    @JsonIgnore
    public boolean isEmpty() {
        return roommateCountry == null && vipMinStars == null && arrivalSlotMinutes == null && weights == null;
    }

    /** The overrides as stored with a plan: JSON, null when there are none. */
    static String toJson(PolicyOverrides overrides) {
        return overrides == null || overrides.isEmpty() ? null : CaravanJson.toJson(overrides);
    }

    /** Reads what {@link #toJson} stored; no overrides for null. */
    static PolicyOverrides fromJson(String json) {
        if (json == null) {
            return new PolicyOverrides(null, null, null, null);
        }
        try {
            return CaravanJson.mapper().readValue(json, PolicyOverrides.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
