package org.caravan.solver.mapping;

import org.caravan.data.validation.DatasetIndex;
import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Lodging;
import org.caravan.solver.domain.Trip;

import java.util.Map;

/** A dataset translated into the planning model, with the look-ups to translate a solution back. */
public record CaravanProblem(DatasetIndex index, Horizon horizon, CaravanSolution solution,
        Map<String, Trip> trips, Map<String, Lodging> rooms) {

    public Attendee attendee(CaravanSolution anySolution, String participantId) {
        return anySolution.getAttendees().stream().filter(a -> a.getId().equals(participantId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No participant (%s) in the dataset".formatted(participantId)));
    }
}
