package org.caravan.solver.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
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
 * What the move factories of this package share: they draw at random only, and build their moves from the solver's
 * own change moves of a participant's two variables, so that doing and undoing them is the solver's.
 */
abstract class RandomMoves implements MoveIteratorFactory<CaravanSolution, Move<CaravanSolution>> {

    @Override
    public final Iterator<Move<CaravanSolution>> createRandomMoveIterator(ScoreDirector<CaravanSolution> scoreDirector,
            Random random) {
        Changes changes = new Changes(scoreDirector);
        List<Participant> everyone = scoreDirector.getWorkingSolution().getParticipants();
        return new Iterator<>() {
            private @Nullable Step step;

            @Override
            public boolean hasNext() {
                return !everyone.isEmpty();
            }

            @Override
            public Move<CaravanSolution> next() {
                if (step == null) {
                    // The solver asks for a new iterator each step and undoes every move it tries before the next
                    // draw, so the plan read at the first draw holds for the whole step.
                    step = new Step(everyone);
                }
                return draw(step, changes, random);
            }
        };
    }

    /** One move drawn on the step's plan; {@link Changes#none} when the draw found nothing. */
    abstract Move<CaravanSolution> draw(Step step, Changes changes, Random random);

    @Override
    public final Iterator<Move<CaravanSolution>> createOriginalMoveIterator(ScoreDirector<CaravanSolution> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " draws its moves at random: use random selection");
    }

    /** The plan at the start of a step, indexed once. */
    static final class Step {

        final List<Participant> everyone;
        final Placement placement;
        private @Nullable List<Participant> left;

        Step(List<Participant> everyone) {
            this.everyone = everyone;
            this.placement = Placement.of(everyone);
        }

        /** The people left out whom a move may bring (within reach, with a room and an itinerary to take). */
        List<Participant> left() {
            if (left == null) {
                left = everyone.stream().filter(Step::mayComeIn).toList();
            }
            return left;
        }

        static boolean mayComeIn(Participant participant) {
            return !participant.isBrought() && participant.isRoomMovable() && !participant.getRoomRange().isEmpty()
                    && !participant.getItineraryRange().isEmpty();
        }
    }

    /** The change moves of the two planning variables of a participant, on one score director's model. */
    static final class Changes {

        private final GenuineVariableDescriptor<CaravanSolution> room;
        private final GenuineVariableDescriptor<CaravanSolution> itinerary;

        Changes(ScoreDirector<CaravanSolution> scoreDirector) {
            var entity = ((InnerScoreDirector<CaravanSolution, ?>) scoreDirector).getSolutionDescriptor()
                    .findEntityDescriptorOrFail(Participant.class);
            this.room = entity.getGenuineVariableDescriptor(FeasibleChange.ROOM);
            this.itinerary = entity.getGenuineVariableDescriptor(FeasibleChange.ITINERARY);
        }

        Move<CaravanSolution> room(Participant who, @Nullable Room value) {
            return new ChangeMove<>(room, who, value);
        }

        Move<CaravanSolution> itinerary(Participant who, Itinerary value) {
            return new ChangeMove<>(itinerary, who, value);
        }

        /** A move that changes nothing, which the solver skips as not doable: what a draw that found nothing returns. */
        Move<CaravanSolution> none(Participant who) {
            return new ChangeMove<>(room, who, who.getRoom());
        }
    }
}
