package org.caravan.solver.mapping;

import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.NightAxis;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Lodging;
import org.caravan.solver.domain.Trip;

import java.util.Map;

/** A dataset translated into the planning model, with the look-ups to translate a solution back. */
public record CaravanProblem(CompiledProblem compiled, CaravanSolution solution, Map<String, Trip> trips,
        Map<String, Lodging> rooms) {

    public NightAxis nights() {
        return compiled.nights();
    }

    public DatasetIndex index() {
        return compiled.dataset().index();
    }

    public Attendee attendee(CaravanSolution anySolution, String participantId) {
        return anySolution.getAttendees().stream().filter(a -> a.getId().equals(participantId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No participant (%s) in the dataset".formatted(participantId)));
    }
}
