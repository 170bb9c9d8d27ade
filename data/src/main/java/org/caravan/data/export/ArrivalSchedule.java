package org.caravan.data.export;

import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;

import java.util.List;

/** The shuttle runs from the venue airport: who lands when, on which flight, and which hotel they go to. */
public final class ArrivalSchedule {

    private ArrivalSchedule() {
    }

    /**
     * The arrival slots with at least one brought flyer, in time order; each slot is a block of
     * {@code policy.arrivalSlotMinutes} from midnight, local time at the venue airport.
     */
    public static List<ShuttleRun> of(ValidDataset dataset, Plan plan) {
        return ShuttleRuns.of(dataset, plan, Direction.OUTBOUND);
    }

    /** One row per passenger, slot by slot ({@code arrivals.csv}); also fits a {@link DepartureSchedule}. */
    public static String toCsv(List<ShuttleRun> slots) {
        return ShuttleRuns.toCsv(slots);
    }
}
