package org.caravan.data.rules;

/**
 * The hard rules of docs/DESIGN.md §3 (docs/RULES.md) and how a breach is measured. The hard score is minus the sum, over breaches, of
 * degree × weight; the solver and the independent checker both count in these units.
 */
public enum HardRule {
    ROOM_CAPACITY("Room capacity exceeded on a night", "per person over capacity, per night", 1),
    ROOM_UNAVAILABLE("Room not available on a night of the stay", "per participant-night outside the room's block", 1),
    GENDER_MIX("Roommates of different genders outside a household",
            "per pair of roommates with overlapping nights who may not share", 1),
    SINGLE_ROOM_SHARED("Single-room need not met", "per roommate pair where at least one needs a single room", 1),
    ACCESSIBLE_ROOM_MISSING("Accessibility need in a room that is not accessible", "per participant", 1),
    ITINERARY_NOT_ALLOWED("Itinerary not allowed for the participant",
            "per participant whose itinerary breaks a home-airport, window or visa rule", 1),
    SEAT_LIMIT("Flight segment over its seat limit", "per passenger over the limit, per segment", 1),
    BUDGET_EXCEEDED("Total budget exceeded", "per currency unit (rounded up) over the total", 1),
    FUND_EXCEEDED("Fund exceeded", "per currency unit (rounded up) over the fund's amount, per fund", 1),
    MUST_ATTEND_NOT_BROUGHT("Must-attend participant not brought", "per participant", 1000),
    HALF_BROUGHT("Participant brought without travel or without a room", "per participant", 1);

    private final String title;
    private final String unit;
    private final long weight;

    HardRule(String title, String unit, long weight) {
        this.title = title;
        this.unit = unit;
        this.weight = weight;
    }

    /** The rule's name as the planner reads it, also the constraint's name in the solver. */
    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public long weight() {
        return weight;
    }
}
