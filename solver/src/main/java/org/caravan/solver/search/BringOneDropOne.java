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
 * One participant in, one of the same payer and no higher priority out, in a single step: the person brought takes an
 * itinerary and a room that {@link Placement#fits} once the other has left (the leaver's own room first). With a lower
 * priority out the plan gains the difference whenever the payer's money and the budget still hold; with an equal one it
 * may cost less, which frees money for the next person. Single changes cannot make either step when the payer's money
 * is spent: the drop alone loses priority and is rarely accepted, the bring alone breaks the budget. Random selection
 * only (name it in a {@code moveIteratorFactory} of a union with a probability weight).
 */
public final class BringOneDropOne implements MoveIteratorFactory<CaravanSolution, Move<CaravanSolution>> {

    /** Draws per move before giving up on this step's move (it is then a move the solver skips as not doable). */
    static final int ATTEMPTS = 20;
    /** Rooms tried for the person brought when the leaver's room does not fit them. */
    static final int ROOM_DRAWS = 12;

    @Override
    public long getSize(ScoreDirector<CaravanSolution> scoreDirector) {
        long people = scoreDirector.getWorkingSolution().getParticipants().size();
        return people * people;
    }

    @Override
    public Iterator<Move<CaravanSolution>> createOriginalMoveIterator(ScoreDirector<CaravanSolution> scoreDirector) {
        throw new UnsupportedOperationException("BringOneDropOne draws its moves at random: use random selection");
    }

    @Override
    public Iterator<Move<CaravanSolution>> createRandomMoveIterator(ScoreDirector<CaravanSolution> scoreDirector,
            Random random) {
        var entity = ((InnerScoreDirector<CaravanSolution, ?>) scoreDirector).getSolutionDescriptor()
                .findEntityDescriptorOrFail(Participant.class);
        GenuineVariableDescriptor<CaravanSolution> room = entity.getGenuineVariableDescriptor(FeasibleChange.ROOM);
        GenuineVariableDescriptor<CaravanSolution> itinerary = entity.getGenuineVariableDescriptor(FeasibleChange.ITINERARY);
        List<Participant> everyone = scoreDirector.getWorkingSolution().getParticipants();
        return new Iterator<>() {
            // The step's plan, read at the first draw: the solver undoes every move it tries before the next draw.
            private @Nullable List<Participant> left;
            private @Nullable Placement placement;

            @Override
            public boolean hasNext() {
                return !everyone.isEmpty();
            }

            @Override
            public Move<CaravanSolution> next() {
                if (left == null || placement == null) {
                    left = everyone.stream().filter(BringOneDropOne::mayComeIn).toList();
                    placement = Placement.of(everyone);
                }
                for (int attempt = 0; attempt < ATTEMPTS && !left.isEmpty(); attempt++) {
                    Swap swap = draw(everyone, placement, left.get(random.nextInt(left.size())), random);
                    if (swap != null) {
                        return CompositeMove.buildMove(
                                new ChangeMove<>(itinerary, swap.in(), swap.itinerary()),
                                new ChangeMove<>(room, swap.in(), swap.room()),
                                new ChangeMove<>(room, swap.out(), null));
                    }
                }
                // Nothing found this time: a move that changes nothing, which the solver skips.
                Participant anyone = everyone.get(random.nextInt(everyone.size()));
                return new ChangeMove<>(room, anyone, anyone.getRoom());
            }
        };
    }

    /** Who comes in, on what and where, and who goes out (someone of the same payer and no higher priority). */
    record Swap(Participant in, Itinerary itinerary, Room room, Participant out) {
    }

    /** Someone left out whom a move may bring. */
    static boolean mayComeIn(Participant participant) {
        return !participant.isBrought() && !participant.isPinned() && !participant.getRoomRange().isEmpty()
                && !participant.getItineraryRange().isEmpty();
    }

    /** One random draw of a swap that brings {@code in} and fits, or null. */
    static @Nullable Swap draw(List<Participant> everyone, Placement placement, Participant in, Random random) {
        Participant out = null;
        int seen = 0;
        for (Participant candidate : everyone) {
            if (candidate.isBrought() && !candidate.isMustAttend() && !candidate.isPinned()
                    && candidate.getPayer().equals(in.getPayer()) && candidate.getPriority() <= in.getPriority()
                    && random.nextInt(++seen) == 0) {
                out = candidate;
            }
        }
        if (out == null) {
            return null;
        }
        List<Itinerary> itineraries = in.getItineraryRange();
        Itinerary itinerary = itineraries.get(random.nextInt(itineraries.size()));
        Room leaversRoom = out.getRoom();
        if (leaversRoom != null && in.getRoomRange().contains(leaversRoom)
                && placement.fits(in, itinerary, leaversRoom, out)) {
            return new Swap(in, itinerary, leaversRoom, out);
        }
        List<Room> rooms = in.getRoomRange();
        for (int draw = 0; draw < ROOM_DRAWS; draw++) {
            Room room = rooms.get(random.nextInt(rooms.size()));
            if (placement.fits(in, itinerary, room, out)) {
                return new Swap(in, itinerary, room, out);
            }
        }
        return null;
    }
}
