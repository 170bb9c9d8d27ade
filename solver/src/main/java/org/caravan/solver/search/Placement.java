package org.caravan.solver.search;

import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.Segment;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Whether one participant can take an itinerary and a room in the current plan without breaking a hard rule that
 * concerns that room or those flights: the room's block covers the nights (rule 2), it is accessible if they need it, no
 * one sharing a night with them is someone they may not sleep with (rule 3) or needs the room alone (rule 4), a bed is
 * free every night (rule 1), and every seat-limited flight of the itinerary has a seat left (rule 6). Money (rule 8) is
 * left to the score: what a room-night costs depends on who else sleeps there.
 * <p>
 * It is conservative: a placement it refuses always adds a hard violation, whatever the rest of the plan. The search
 * uses it to skip moves that would only be rejected, without computing their score.
 */
public final class Placement {

    private Placement() {
    }

    /**
     * @param everyone  the plan's participants (the working solution's)
     * @param who       the participant placed; their own current room and itinerary do not count against them
     * @param itinerary the itinerary they would take
     * @param room      the room they would take, {@link Room#NOT_NEEDED} for no bed
     * @param leaving   someone leaving the plan in the same move (their bed and seats are free), or null
     */
    public static boolean fits(List<Participant> everyone, Participant who, Itinerary itinerary, Room room,
            @Nullable Participant leaving) {
        if (!room.isReal()) {
            return !who.needsLodging();
        }
        long stay = who.stayMask(itinerary);
        if (!room.availableFor(stay)) {
            return false;
        }
        if (who.needsAccessibleRoom() && !room.accessible()) {
            return false;
        }
        List<Segment> limited = who.flies() ? itinerary.limitedSegments() : List.of();
        int[] passengers = new int[limited.size()];
        // Beds taken per night of the stay, for the nights the planning horizon has (at most 64).
        int[] taken = new int[64];
        for (Participant other : everyone) {
            if (other == who || other == leaving || !other.isBrought()) {
                continue;
            }
            if (other.getRoom() == room) {
                long shared = other.stayMask() & stay;
                if (shared != 0L) {
                    if (who.needsSingleRoom() || other.needsSingleRoom() || !maySleepTogether(who, other)) {
                        return false;
                    }
                    for (long nights = shared; nights != 0L; nights &= nights - 1) {
                        if (++taken[Long.numberOfTrailingZeros(nights)] >= room.capacity()) {
                            return false;
                        }
                    }
                }
            }
            if (passengers.length > 0 && other.flies()) {
                List<Segment> theirs = other.getItinerary().limitedSegments();
                for (int i = 0; i < passengers.length; i++) {
                    if (theirs.contains(limited.get(i)) && ++passengers[i] >= limited.get(i).seats()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** As the gender rule asks it: of the pair, the one with the lower index. */
    private static boolean maySleepTogether(Participant a, Participant b) {
        return a.getIndex() < b.getIndex() ? a.maySleepWith(b) : b.maySleepWith(a);
    }
}
