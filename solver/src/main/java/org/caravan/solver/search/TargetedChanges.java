package org.caravan.solver.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Random;

/**
 * The change moves of one participant, drawn only among values that {@link Placement#fits}: a new room (or out of the
 * plan, rarely), a new itinerary for someone brought that their room still takes, or an itinerary and a room together
 * (which is how someone left out comes in). The plan is indexed once per step ({@link Placement#of}: the solver asks
 * for a new iterator each step and undoes every move it tries), so each draw reads only the room's occupants; this is
 * what the generic selectors with {@link FeasibleChange} cannot do, since a filter sees no step and scans everyone.
 * Random selection only.
 */
public final class TargetedChanges extends RandomMoves {

    /** Values drawn per move before it gives up (the move is then one the solver skips as not doable). */
    static final int DRAWS = 16;
    /** How often a room change of someone brought takes them out instead: about one room value in fifty. */
    static final double OUT = 0.02;

    @Override
    public long getSize(ScoreDirector<CaravanSolution> scoreDirector) {
        long size = 0;
        for (Participant participant : scoreDirector.getWorkingSolution().getParticipants()) {
            size += (long) participant.getRoomRange().size() * participant.getItineraryRange().size();
        }
        return size;
    }

    @Override
    Move<CaravanSolution> draw(Step step, Changes changes, Random random) {
        Participant who = step.everyone.get(random.nextInt(step.everyone.size()));
        Change change = who.isOutOfReach() ? null : draw(step.placement, who, random);
        if (change == null) {
            return changes.none(who);
        }
        if (change.itinerary() == who.getItinerary()) {
            return changes.room(who, change.room());
        }
        if (change.room() == who.getRoom()) {
            return changes.itinerary(who, change.itinerary());
        }
        return CompositeMove.buildMove(changes.itinerary(who, change.itinerary()), changes.room(who, change.room()));
    }

    /** A participant's new itinerary and room (null room: out of the plan). */
    record Change(Itinerary itinerary, @Nullable Room room) {
    }

    /** One draw for {@code who}: one of the three kinds of change, each a third of the time; null if none fits. */
    static @Nullable Change draw(Placement placement, Participant who, Random random) {
        List<Room> rooms = who.getRoomRange();
        List<Itinerary> itineraries = who.getItineraryRange();
        if (rooms.isEmpty() || itineraries.isEmpty()) {
            return null;
        }
        int kind = random.nextInt(3);
        // Bookings hold: a confirmed room is not changed, a ticket is not changed, and a booked person stays brought.
        if ((kind == 0 || kind == 2) && !who.isRoomMovable() || kind == 1 && !who.isItineraryMovable()
                || kind == 2 && who.isBrought() && !who.isItineraryMovable()) {
            return null;
        }
        if (kind == 0 && who.isBrought()) {
            if (!who.isMustAttend() && !who.isItineraryBooked() && random.nextDouble() < OUT) {
                return new Change(who.getItinerary(), null);
            }
            Room room = fittingRoom(placement, who, who.getItinerary(), rooms, random);
            return room == null ? null : new Change(who.getItinerary(), room);
        }
        if (kind == 1 && who.isBrought()) {
            for (int draw = 0; draw < DRAWS; draw++) {
                Itinerary itinerary = itineraries.get(random.nextInt(itineraries.size()));
                if (itinerary != who.getItinerary() && placement.fits(who, itinerary, who.getRoom(), null)) {
                    return new Change(itinerary, who.getRoom());
                }
            }
            return null;
        }
        Itinerary itinerary = itineraries.get(random.nextInt(itineraries.size()));
        Room room = fittingRoom(placement, who, itinerary, rooms, random);
        return room == null ? null : new Change(itinerary, room);
    }

    private static @Nullable Room fittingRoom(Placement placement, Participant who, Itinerary itinerary, List<Room> rooms,
            Random random) {
        for (int draw = 0; draw < DRAWS; draw++) {
            Room room = rooms.get(random.nextInt(rooms.size()));
            if (room != who.getRoom() && placement.fits(who, itinerary, room, null)) {
                return room;
            }
        }
        return null;
    }
}
