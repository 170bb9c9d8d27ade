package org.caravan.solver.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.jspecify.annotations.Nullable;

import java.util.Iterator;
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
public final class TargetedChanges implements MoveIteratorFactory<CaravanSolution, Move<CaravanSolution>> {

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
    public Iterator<Move<CaravanSolution>> createOriginalMoveIterator(ScoreDirector<CaravanSolution> scoreDirector) {
        throw new UnsupportedOperationException("TargetedChanges draws its moves at random: use random selection");
    }

    @Override
    public Iterator<Move<CaravanSolution>> createRandomMoveIterator(ScoreDirector<CaravanSolution> scoreDirector,
            Random random) {
        var entity = ((InnerScoreDirector<CaravanSolution, ?>) scoreDirector).getSolutionDescriptor()
                .findEntityDescriptorOrFail(Participant.class);
        GenuineVariableDescriptor<CaravanSolution> roomVariable = entity.getGenuineVariableDescriptor(FeasibleChange.ROOM);
        GenuineVariableDescriptor<CaravanSolution> itineraryVariable =
                entity.getGenuineVariableDescriptor(FeasibleChange.ITINERARY);
        List<Participant> everyone = scoreDirector.getWorkingSolution().getParticipants();
        return new Iterator<>() {
            private @Nullable Placement placement;

            @Override
            public boolean hasNext() {
                return !everyone.isEmpty();
            }

            @Override
            public Move<CaravanSolution> next() {
                if (placement == null) {
                    placement = Placement.of(everyone); // the step's plan: moves tried are undone before the next draw
                }
                Participant who = everyone.get(random.nextInt(everyone.size()));
                Change change = who.isPinned() ? null : draw(placement, who, random);
                if (change == null) {
                    return new ChangeMove<>(roomVariable, who, who.getRoom()); // changes nothing: skipped
                }
                if (change.itinerary() == who.getItinerary()) {
                    return new ChangeMove<>(roomVariable, who, change.room());
                }
                if (change.room() == who.getRoom()) {
                    return new ChangeMove<>(itineraryVariable, who, change.itinerary());
                }
                return CompositeMove.buildMove(new ChangeMove<>(itineraryVariable, who, change.itinerary()),
                        new ChangeMove<>(roomVariable, who, change.room()));
            }
        };
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
        if (kind == 0 && who.isBrought()) {
            if (!who.isMustAttend() && random.nextDouble() < OUT) {
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
