package org.caravan.data.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A plan in the public format {@value #FORMAT}. */
public record Plan(
        String format,
        String dataset,
        @Nullable Integer version,
        @Nullable PlanScore score,
        boolean feasible,
        List<Assignment> assignments,
        @Nullable Costs costs,
        Map<String, BigDecimal> penalties,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer basedOn) {

    public static final String FORMAT = "caravan-plan/1";

    public Plan {
        assignments = assignments == null ? List.of() : assignments;
        penalties = penalties == null ? Map.of() : penalties;
    }

    /** A plan made from scratch, based on no earlier plan. */
    public Plan(String format, String dataset, @Nullable Integer version, @Nullable PlanScore score, boolean feasible,
            List<Assignment> assignments, @Nullable Costs costs, Map<String, BigDecimal> penalties) {
        this(format, dataset, version, score, feasible, assignments, costs, penalties, null);
    }

    /** The same plan numbered as {@code version} among the plans of its dataset. */
    public Plan withVersion(int version) {
        return new Plan(format, dataset, version, score, feasible, assignments, costs, penalties, basedOn);
    }
}
