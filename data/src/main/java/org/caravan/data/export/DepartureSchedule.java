package org.caravan.data.export;

import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;

import java.util.List;

/** The shuttle runs back to the venue airport: who takes off when, on which flight, and from which hotel. */
public final class DepartureSchedule {

    private DepartureSchedule() {
    }

    /**
     * The departure slots with at least one brought flyer, in time order, cut like the arrival slots (blocks of
     * {@code policy.arrivalSlotMinutes} from midnight, local time at the venue airport).
     */
    public static List<ShuttleRun> of(ValidDataset dataset, Plan plan) {
        return ShuttleRuns.of(dataset, plan, Direction.RETURN);
    }

    /** One row per passenger, slot by slot ({@code departures.csv}). */
    public static String toCsv(List<ShuttleRun> slots) {
        return ShuttleRuns.toCsv(slots);
    }
}
