package org.caravan.data.generate;

/**
 * What to generate. The same options always give the same dataset.
 *
 * @param participants how many people registered, 50 to 20,000
 * @param seed the single seed of every random draw
 * @param budgetCoverage the share of the participants (not self-funded) the budget can bring, e.g. 0.85; below
 *        about 0.75 the case is tight: not everyone can come
 * @param eventName the event's name
 * @param hotels how many hotels; 0 scales with the participants (about 0.6 rooms per participant)
 * @param maxItinerariesPerOrigin the most round trips offered from one origin airport; 0 scales with the size
 *        (bounded to keep large models tractable)
 */
public record GeneratorOptions(int participants, long seed, double budgetCoverage, String eventName, int hotels,
        int maxItinerariesPerOrigin) {

    public static final int MIN_PARTICIPANTS = 50;
    public static final int MAX_PARTICIPANTS = 20_000;
    public static final String DEFAULT_EVENT_NAME = "Djerba Civil-Society Summit 2026";

    public GeneratorOptions {
        if (participants < MIN_PARTICIPANTS || participants > MAX_PARTICIPANTS) {
            throw new IllegalArgumentException("The participants (" + participants + ") must be between "
                    + MIN_PARTICIPANTS + " and " + MAX_PARTICIPANTS + ".");
        }
        if (!(budgetCoverage > 0.0 && budgetCoverage <= 1.5)) {
            throw new IllegalArgumentException("The budgetCoverage (" + budgetCoverage
                    + ") must be above 0 and at most 1.5; 0.85 brings about 85% of the participants.");
        }
        if (hotels < 0 || hotels > 500) {
            throw new IllegalArgumentException("The hotels (" + hotels + ") must be 0 (scaled) to 500.");
        }
        if (maxItinerariesPerOrigin < 0) {
            throw new IllegalArgumentException("The maxItinerariesPerOrigin (" + maxItinerariesPerOrigin
                    + ") must be 0 (scaled) or more.");
        }
        eventName = eventName == null || eventName.isBlank() ? DEFAULT_EVENT_NAME : eventName;
    }

    /** The usual options: 85% budget coverage, scaled hotels and itineraries. */
    public static GeneratorOptions of(int participants, long seed) {
        return new GeneratorOptions(participants, seed, 0.85, DEFAULT_EVENT_NAME, 0, 0);
    }

    public GeneratorOptions withBudgetCoverage(double coverage) {
        return new GeneratorOptions(participants, seed, coverage, eventName, hotels, maxItinerariesPerOrigin);
    }

    int hotelCount() {
        if (hotels > 0) {
            return hotels;
        }
        // Eight hotels at the flagship's 300 people (about 170 rooms), one more per ~250 rooms beyond.
        int rooms = roomCount();
        return Math.max(3, Math.min(8, (int) Math.round(participants / 37.5)) + Math.max(0, (rooms - 170 + 249) / 250));
    }

    /** Rooms in all: about 0.57 per participant, as in the flagship (170 rooms for 300 people). */
    int roomCount() {
        return Math.max(25, (int) Math.round(participants * 170.0 / 300.0));
    }

    int itinerariesPerOrigin() {
        if (maxItinerariesPerOrigin > 0) {
            return maxItinerariesPerOrigin;
        }
        // More choice as groups grow, bounded so that 10,000+ participants stay tractable.
        return Math.min(30, Math.max(6, (int) Math.round(4 + Math.sqrt(participants) / 2.5)));
    }
}
