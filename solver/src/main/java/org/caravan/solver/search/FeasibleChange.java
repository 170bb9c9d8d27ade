package org.caravan.solver.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A move filter for the change moves of one participant (a room, an itinerary, or both in one composite move): it lets
 * through only the changes that can matter and that the hard rules of the room and the flights allow.
 * <ul>
 * <li>a new itinerary for someone not brought changes nothing in the plan, so it is skipped;</li>
 * <li>taking someone out is kept unless they must attend;</li>
 * <li>any other change is kept when {@link Placement#fits} the participant on the new itinerary in the new room.</li>
 * </ul>
 * Moves of several participants (swaps, ruin and recreate) pass unfiltered. Name it as the {@code filterClass} of a
 * {@code changeMoveSelector} or of a {@code cartesianProductMoveSelector} of change moves of one entity.
 */
public final class FeasibleChange implements SelectionFilter<CaravanSolution, Move<CaravanSolution>> {

    static final String ROOM = "room";
    static final String ITINERARY = "itinerary";

    @Override
    public boolean accept(ScoreDirector<CaravanSolution> scoreDirector, Move<CaravanSolution> move) {
        Move<?>[] parts = move instanceof CompositeMove<CaravanSolution> composite ? composite.getMoves() : new Move<?>[] {move};
        @Nullable Participant who = null;
        @Nullable Itinerary itinerary = null;
        @Nullable Room room = null;
        boolean roomChanges = false;
        for (Move<?> part : parts) {
            if (!(part instanceof ChangeMove<?> change) || !(change.getEntity() instanceof Participant participant)
                    || (who != null && who != participant)) {
                return true;
            }
            who = participant;
            switch (change.getVariableName()) {
                case ITINERARY -> itinerary = (Itinerary) change.getToPlanningValue();
                case ROOM -> {
                    room = (Room) change.getToPlanningValue();
                    roomChanges = true;
                }
                default -> {
                    return true;
                }
            }
        }
        if (who == null) {
            return true;
        }
        return accept(scoreDirector.getWorkingSolution().getParticipants(), who,
                itinerary == null ? who.getItinerary() : itinerary, roomChanges ? room : who.getRoom(), roomChanges);
    }

    static boolean accept(List<Participant> everyone, Participant who, @Nullable Itinerary itinerary, @Nullable Room room,
            boolean roomChanges) {
        if (room == null) {
            return who.isBrought() && !who.isMustAttend();
        }
        if (!who.isBrought() && !roomChanges) {
            return false;
        }
        return itinerary != null && Placement.fits(everyone, who, itinerary, room, null);
    }
}
