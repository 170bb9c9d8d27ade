package org.caravan.data.rules;

import org.caravan.data.dataset.Weights;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The soft penalties of docs/FORMAT.md, by their key in {@code policy.weights} and {@code plan.penalties}, and the one
 * table from a rule to its weight in the policy. Costs (flights, rooms, taxes, visas) are not penalties: they are
 * reported under {@code costs}.
 */
public enum SoftRule {
    NO_COMMON_LANGUAGE("noCommonLanguage", "Roommates without a common language", Weights::noCommonLanguage),
    ROOMMATE_COUNTRY("roommateCountry", "Roommate nationality against the policy", Weights::roommateCountry),
    ROOMMATE_REQUEST_UNMET("roommateRequestUnmet", "Roommate request not honoured", Weights::roommateRequestUnmet),
    DELEGATION_SPLIT("delegationSplit", "Delegation split across hotels", Weights::delegationSplit),
    PER_STOP("perStop", "Connections", Weights::perStop),
    PER_TRAVEL_HOUR("perTravelHour", "Hours of travel", Weights::perTravelHour),
    LONG_LAYOVER("longLayover", "Layover longer than 6 hours", Weights::longLayover),
    ARRIVAL_SLOT("arrivalSlot", "Shuttle arrival slot", Weights::arrivalSlot),
    VIP_BELOW_STARS("vipBelowStars", "VIP or speaker below the star level", Weights::vipBelowStars),
    DISRUPTION("disruption", "Moved from the published plan", Weights::disruption);

    private final String key;
    private final String title;
    private final Function<Weights, BigDecimal> weight;

    SoftRule(String key, String title, Function<Weights, BigDecimal> weight) {
        this.key = key;
        this.title = title;
        this.weight = weight;
    }

    /** The rule's key in {@code policy.weights} and {@code plan.penalties}: also the field of {@link Weights}. */
    public String key() {
        return key;
    }

    /** The rule's name as the planner reads it, also the constraint's name in the solver. */
    public String title() {
        return title;
    }

    /** What the planner would pay to avoid one unit of this nuisance, in the event currency. */
    public BigDecimal weight(Weights weights) {
        return weight.apply(weights);
    }

    /** The same weight in cents, the unit every penalty is counted in. */
    public long weightCents(Weights weights) {
        return Money.toCents(weight(weights));
    }

    /**
     * Weights from a weight per rule; a null weight takes the rule's default. The inverse of {@link #weight}: the
     * record's fields in their order.
     */
    public static Weights weights(Function<SoftRule, BigDecimal> weightOf) {
        return new Weights(weightOf.apply(NO_COMMON_LANGUAGE), weightOf.apply(ROOMMATE_COUNTRY),
                weightOf.apply(ROOMMATE_REQUEST_UNMET), weightOf.apply(DELEGATION_SPLIT), weightOf.apply(PER_STOP),
                weightOf.apply(PER_TRAVEL_HOUR), weightOf.apply(LONG_LAYOVER), weightOf.apply(ARRIVAL_SLOT),
                weightOf.apply(VIP_BELOW_STARS), weightOf.apply(DISRUPTION));
    }
}
