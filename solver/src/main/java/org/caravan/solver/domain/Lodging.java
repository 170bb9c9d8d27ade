package org.caravan.solver.domain;

/**
 * A room, or {@link #NOT_NEEDED}: the value that brings a participant who needs no lodging.
 *
 * @param availableMask the nights of the planning horizon the room can be used
 */
public record Lodging(String id, int index, Hotel hotel, String type, int capacity, long priceCents,
        boolean accessible, long availableMask) {

    /** The "room" of a participant who is brought but sleeps elsewhere (home, family): no bed, no cost. */
    public static final Lodging NOT_NEEDED = new Lodging("(no lodging needed)", -1, null, "NONE", Integer.MAX_VALUE, 0,
            true, -1L);

    public boolean isReal() {
        return hotel != null;
    }

    public boolean availableFor(long nightsMask) {
        return (nightsMask & ~availableMask) == 0;
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
