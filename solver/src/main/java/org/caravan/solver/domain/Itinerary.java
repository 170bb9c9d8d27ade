package org.caravan.solver.domain;

import org.caravan.data.problem.Night;
import org.caravan.data.rules.ShuttleSlot;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A round-trip itinerary as the rules see it, or {@link #GROUND}: the value of participants who do not fly.
 *
 * @param stayMask the nights a participant on this itinerary needs a bed
 * @param nights those nights as a list, for streams that count per night
 * @param travelHourCents the perTravelHour penalty of this itinerary (per direction, rounded to the cent)
 * @param arrivalSlot the shuttle slot of its arrival at the venue airport (none for ground travel)
 */
public record Itinerary(String id, int index, long priceCents, long stayMask, List<Night> nights, int stops,
        int longLayovers, long travelHourCents, @Nullable ShuttleSlot arrivalSlot, List<Segment> limitedSegments) {

    public static final Itinerary GROUND = new Itinerary("(ground travel)", -1, 0, 0, List.of(), 0, 0, 0, null, List.of());

    public boolean isFlight() {
        return index >= 0;
    }

    @Override
    public String toString() {
        return id;
    }

    /** Identity: each instance is one fact; hashing its fields on every score calculation would be slow. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return index;
    }
}
