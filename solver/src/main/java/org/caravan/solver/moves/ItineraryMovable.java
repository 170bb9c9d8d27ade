package org.caravan.solver.moves;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Participant;

/** Participants whose itinerary a move may change: not out of reach, no ticket, more than one itinerary to fly. */
public final class ItineraryMovable implements SelectionFilter<CaravanSolution, Participant> {

    @Override
    public boolean accept(ScoreDirector<CaravanSolution> scoreDirector, Participant participant) {
        return participant.isItineraryMovable();
    }
}
