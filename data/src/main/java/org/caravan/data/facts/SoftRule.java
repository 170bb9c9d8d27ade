package org.caravan.data.facts;

/**
 * The soft penalties of FORMAT.md, by their key in {@code policy.weights} and {@code plan.penalties}.
 * Costs (flights, rooms, taxes, visas) are not penalties: they are reported under {@code costs}.
 */
public enum SoftRule {
    NO_COMMON_LANGUAGE("noCommonLanguage", "Roommates without a common language"),
    ROOMMATE_COUNTRY("roommateCountry", "Roommate nationality against the policy"),
    ROOMMATE_REQUEST_UNMET("roommateRequestUnmet", "Roommate request not honoured"),
    DELEGATION_SPLIT("delegationSplit", "Delegation split across hotels"),
    PER_STOP("perStop", "Connections"),
    PER_TRAVEL_HOUR("perTravelHour", "Hours of travel"),
    LONG_LAYOVER("longLayover", "Layover longer than 6 hours"),
    ARRIVAL_SLOT("arrivalSlot", "Shuttle arrival slot"),
    VIP_BELOW_STARS("vipBelowStars", "VIP or speaker below the star level"),
    DISRUPTION("disruption", "Moved from the published plan");

    private final String key;
    private final String title;

    SoftRule(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }
}
