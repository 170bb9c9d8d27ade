package org.caravan.data.problem;

import org.caravan.data.rules.ShuttleSlot;
import org.jspecify.annotations.Nullable;

/**
 * One way to bring a participant: an itinerary they may fly, or for ground travellers their fixed stay.
 *
 * @param itinerary null for ground travel
 * @param stayMask the nights they need a bed with this option (none without lodging)
 * @param nights the same nights as indexes, in order
 * @param visaCents the fees of the obtainable visas they need this way
 */
public record TravelOption(@Nullable CompiledItinerary itinerary, long stayMask, int[] nights, long visaCents) {

    private static final int[] NO_SEGMENTS = new int[0];

    public @Nullable String itineraryId() {
        return itinerary == null ? null : itinerary.id();
    }

    public long fareCents() {
        return itinerary == null ? 0 : itinerary.priceCents();
    }

    /** What bringing them this way costs in money regardless of the room: fare and visa fees. */
    public long personCents() {
        return fareCents() + visaCents;
    }

    /** The itinerary's own penalties: connections, travel hours, long layovers. */
    public long penaltyCents() {
        return itinerary == null ? 0 : itinerary.penaltyCents();
    }

    /** Money and penalties attached to the person for this option, before any room. */
    public long ownCents() {
        return personCents() + penaltyCents();
    }

    /** The shuttle slot of the landing at the venue airport; null for ground travel. */
    public @Nullable ShuttleSlot arrivalSlot() {
        return itinerary == null ? null : itinerary.arrivalSlot();
    }

    public int[] segments() {
        return itinerary == null ? NO_SEGMENTS : itinerary.segments();
    }
}
