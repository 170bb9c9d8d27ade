package org.caravan.data.dataset;

/** The planner's switches and the money weights of the soft rules. */
public record Policy(RoommateCountryMode roommateCountry, Integer vipMinStars, Integer arrivalSlotMinutes, Weights weights) {

    public static final int DEFAULT_VIP_MIN_STARS = 4;
    public static final int DEFAULT_ARRIVAL_SLOT_MINUTES = 120;

    public Policy {
        roommateCountry = roommateCountry == null ? RoommateCountryMode.MIX : roommateCountry;
        vipMinStars = vipMinStars == null ? DEFAULT_VIP_MIN_STARS : vipMinStars;
        arrivalSlotMinutes = arrivalSlotMinutes == null ? DEFAULT_ARRIVAL_SLOT_MINUTES : arrivalSlotMinutes;
        weights = weights == null ? Weights.defaults() : weights;
    }

    public static Policy defaults() {
        return new Policy(null, null, null, null);
    }

    public Policy withWeights(Weights newWeights) {
        return new Policy(roommateCountry, vipMinStars, arrivalSlotMinutes, newWeights);
    }
}
