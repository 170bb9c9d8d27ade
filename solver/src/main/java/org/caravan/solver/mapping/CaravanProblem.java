package org.caravan.solver.mapping;

import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.NightAxis;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;

import java.util.Map;

/** A dataset translated into the planning model, with the look-ups to translate a solution back. */
public record CaravanProblem(CompiledProblem compiled, CaravanSolution solution, Map<String, Itinerary> itineraries,
        Map<String, Room> rooms) {

    public NightAxis nights() {
        return compiled.nights();
    }

    public DatasetIndex index() {
        return compiled.dataset().index();
    }

    public Participant participant(CaravanSolution anySolution, String participantId) {
        return anySolution.getParticipants().stream().filter(a -> a.getId().equals(participantId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No participant (%s) in the dataset".formatted(participantId)));
    }
}
