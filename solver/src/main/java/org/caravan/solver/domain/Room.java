package org.caravan.solver.domain;

import org.jspecify.annotations.Nullable;

/**
 * A room, or {@link #NOT_NEEDED}: the value that brings a participant who needs no lodging.
 *
 * @param availableMask the nights of the planning horizon the room can be used
 */
public record Room(String id, int index, @Nullable Hotel hotel, String type, int capacity, long priceCents,
        boolean accessible, long availableMask) {

    /** The "room" of a participant who is brought but sleeps elsewhere (home, family): no bed, no cost. */
    public static final Room NOT_NEEDED = new Room("(no lodging needed)", -1, null, "NONE", Integer.MAX_VALUE, 0,
            true, -1L);

    public boolean isReal() {
        return hotel != null;
    }

    public boolean availableFor(long stayMask) {
        return (stayMask & ~availableMask) == 0;
    }

    /** What the room costs over the nights it is used (a mask of the horizon): its price for each of them. */
    public long costCents(long usedMask) {
        return Long.bitCount(usedMask) * priceCents;
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
