package org.caravan.solver.search;

import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.Segment;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether one participant can take an itinerary and a room in the current plan without breaking a hard rule that
 * concerns that room or those flights: the room's block covers the nights (rule 2), it is accessible if they need it, no
 * one sharing a night with them is someone they may not sleep with (rule 3) or needs the room alone (rule 4), a bed is
 * free every night (rule 1), and every seat-limited flight of the itinerary has a seat left (rule 6). Money (rule 8) is
 * left to the score: what a room-night costs depends on who else sleeps there.
 * <p>
 * It is conservative: a placement it refuses always adds a hard violation, whatever the rest of the plan. The search
 * uses it to skip moves that would only be rejected, without computing their score. Two ways to read the plan: {@link
 * #fits} scans the participants on each question (for filters, which see no step boundaries), {@link #of} indexes who
 * sleeps where and who flies what once, for the questions of one step, while the plan does not change between them.
 */
public final class Placement {

    /** Null for the scanning form, which reads {@link #everyone} on each question. */
    private final @Nullable Map<Room, List<Participant>> occupants;
    private final @Nullable Map<Segment, Integer> passengers;
    private final List<Participant> everyone;

    private Placement(List<Participant> everyone, @Nullable Map<Room, List<Participant>> occupants,
            @Nullable Map<Segment, Integer> passengers) {
        this.everyone = everyone;
        this.occupants = occupants;
        this.passengers = passengers;
    }

    /** The plan indexed: valid as long as no one's room or itinerary changes. */
    public static Placement of(List<Participant> everyone) {
        Map<Room, List<Participant>> occupants = new HashMap<>();
        Map<Segment, Integer> passengers = new HashMap<>();
        for (Participant participant : everyone) {
            if (participant.isInRealRoom()) {
                occupants.computeIfAbsent(participant.getRoom(), room -> new ArrayList<>(4)).add(participant);
            }
            if (participant.isFlyingBrought()) {
                participant.getItinerary().limitedSegments().forEach(segment -> passengers.merge(segment, 1, Integer::sum));
            }
        }
        return new Placement(everyone, occupants, passengers);
    }

    /**
     * The same question on the plan as it is now, scanning the participants.
     *
     * @param everyone  the plan's participants (the working solution's)
     * @param who       the participant placed; their own current room and itinerary do not count against them
     * @param itinerary the itinerary they would take
     * @param room      the room they would take, {@link Room#NOT_NEEDED} for no bed
     * @param leaving   someone leaving the plan in the same move (their bed and seats are free), or null
     */
    public static boolean fits(List<Participant> everyone, Participant who, Itinerary itinerary, Room room,
            @Nullable Participant leaving) {
        return new Placement(everyone, null, null).fits(who, itinerary, room, leaving);
    }

    /** Whether {@code who} fits on {@code itinerary} in {@code room}, {@code leaving} (or null) taken out. */
    public boolean fits(Participant who, Itinerary itinerary, Room room, @Nullable Participant leaving) {
        if (!room.isReal()) {
            return !who.needsLodging();
        }
        long stay = who.stayMask(itinerary);
        if (!room.availableFor(stay) || (who.needsAccessibleRoom() && !room.accessible())) {
            return false;
        }
        return bedFree(who, stay, room, leaving) && (!who.flies() || seatsFree(who, itinerary, leaving));
    }

    /** Rules 1, 3 and 4 on the nights of {@code stay}. */
    private boolean bedFree(Participant who, long stay, Room room, @Nullable Participant leaving) {
        List<Participant> there = occupants == null ? everyone : occupants.getOrDefault(room, List.of());
        // Beds taken per night of the planning horizon (at most 64 nights).
        int[] taken = null;
        for (Participant other : there) {
            if (other.getRoom() != room || other == who || other == leaving) {
                continue;
            }
            long shared = other.stayMask() & stay;
            if (shared == 0L) {
                continue;
            }
            if (who.needsSingleRoom() || other.needsSingleRoom() || !maySleepTogether(who, other)) {
                return false;
            }
            if (taken == null) {
                taken = new int[64];
            }
            for (long nights = shared; nights != 0L; nights &= nights - 1) {
                if (++taken[Long.numberOfTrailingZeros(nights)] >= room.capacity()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Rule 6: a seat left on every limited flight of the itinerary, without {@code who}'s and the leaver's own. */
    private boolean seatsFree(Participant who, Itinerary itinerary, @Nullable Participant leaving) {
        for (Segment segment : itinerary.limitedSegments()) {
            int others = passengers == null ? scanPassengers(segment) : passengers.getOrDefault(segment, 0);
            others -= flown(who, segment) + (leaving == null ? 0 : flown(leaving, segment));
            if (others >= segment.seats()) {
                return false;
            }
        }
        return true;
    }

    private int scanPassengers(Segment segment) {
        int count = 0;
        for (Participant participant : everyone) {
            count += flown(participant, segment);
        }
        return count;
    }

    /** 1 if the participant, as the plan stands, takes a seat on the segment. */
    private static int flown(Participant participant, Segment segment) {
        return participant.isFlyingBrought() && participant.getItinerary().limitedSegments().contains(segment) ? 1 : 0;
    }

    /** As the gender rule asks it: of the pair, the one with the lower index. */
    private static boolean maySleepTogether(Participant a, Participant b) {
        return a.getIndex() < b.getIndex() ? a.maySleepWith(b) : b.maySleepWith(a);
    }
}
