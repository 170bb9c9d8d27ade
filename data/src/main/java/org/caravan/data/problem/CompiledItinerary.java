package org.caravan.data.problem;

import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.validation.ItineraryFacts;

/**
 * An itinerary as the planning models count it.
 *
 * @param index its place among the dataset's itineraries
 * @param stayMask the nights a flyer who needs lodging sleeps at the event with it
 * @param travelHourCents its perTravelHour penalty, each direction rounded to the cent
 * @param penaltyCents its own soft penalties in cents: connections, travel hours and long layovers
 * @param arrivalSlot the shuttle slot of its landing at the venue airport
 * @param segments the segments it flies, as indexes into {@link CompiledProblem#segments()}
 */
public record CompiledItinerary(int index, ItineraryFacts facts, long stayMask, long travelHourCents, long penaltyCents,
        ShuttleSlot arrivalSlot, int[] segments) {

    public String id() {
        return facts.id();
    }

    public long priceCents() {
        return facts.priceCents();
    }
}
