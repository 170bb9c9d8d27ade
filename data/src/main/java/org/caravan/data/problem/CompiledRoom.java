package org.caravan.data.problem;

import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Room;

/**
 * A room as the planning models count it.
 *
 * @param index its place among the dataset's rooms
 * @param availableMask the nights of the horizon its block covers
 * @param blockNights the nights of its block, in or out of the horizon
 * @param belowVipStars its hotel has fewer stars than the policy wants for VIPs and speakers
 * @param kind rooms of the same kind (hotel, type, capacity, price, tax, accessibility, available nights) are
 *         interchangeable for every rule
 */
public record CompiledRoom(int index, Room room, Hotel hotel, long priceCents, long taxCents, long availableMask,
        int blockNights, boolean belowVipStars, String kind) {

    public String id() {
        return room.id();
    }

    public int capacity() {
        return room.capacity();
    }

    public boolean accessible() {
        return room.accessible();
    }

    /** Hard rule 2: every night of the stay lies in the room's block. */
    public boolean availableFor(long stayMask) {
        return (stayMask & ~availableMask) == 0;
    }

    public boolean availableOn(int night) {
        return (availableMask & (1L << night)) != 0;
    }
}
