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
 * One participant in, one of the same payer and no higher priority out, in a single step: the person brought takes an
 * itinerary and a room that {@link Placement#fits} once the other has left (the leaver's own room first). With a lower
 * priority out the plan gains the difference whenever the payer's money and the budget still hold; with an equal one it
 * may cost less, which frees money for the next person. Single changes cannot make either step when the payer's money
 * is spent: the drop alone loses priority and is rarely accepted, the bring alone breaks the budget. Random selection
 * only (name it in a {@code moveIteratorFactory} of a union with a probability weight).
 */
public final class BringOneDropOne extends RandomMoves {

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
    Move<CaravanSolution> draw(Step step, Changes changes, Random random) {
        List<Participant> left = step.left();
        for (int attempt = 0; attempt < ATTEMPTS && !left.isEmpty(); attempt++) {
            Swap swap = draw(step.everyone, step.placement, left.get(random.nextInt(left.size())), random);
            if (swap != null) {
                return CompositeMove.buildMove(changes.itinerary(swap.in(), swap.itinerary()),
                        changes.room(swap.in(), swap.room()), changes.room(swap.out(), null));
            }
        }
        return changes.none(step.everyone.get(random.nextInt(step.everyone.size())));
    }

    /** Who comes in, on what and where, and who goes out (someone of the same payer and no higher priority). */
    record Swap(Participant in, Itinerary itinerary, Room room, Participant out) {
    }

    /** One random draw of a swap that brings {@code in} and fits, or null. */
    static @Nullable Swap draw(List<Participant> everyone, Placement placement, Participant in, Random random) {
        Participant out = null;
        int seen = 0;
        for (Participant candidate : everyone) {
            // Booked people stay: a confirmed room is held, and a ticketed person stays brought.
            if (candidate.isBrought() && !candidate.isMustAttend() && candidate.isRoomMovable()
                    && !candidate.isItineraryBooked()
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
