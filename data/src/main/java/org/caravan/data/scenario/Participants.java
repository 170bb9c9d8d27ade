package org.caravan.data.scenario;

import org.caravan.data.dataset.Participant;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Copies of a participant with one thing changed, for the overrides. */
final class Participants {

    private Participants() {
    }

    static Participant withPriority(Participant p, Integer priority, Boolean mustAttend) {
        return new Participant(p.id(), p.name(), p.gender(), p.nationality(), p.languages(), p.homeAirports(),
                p.organisation(), p.delegation(), p.role(), priority, mustAttend, p.fund(), p.travelMode(),
                p.needsLodging(), p.fixedArrival(), p.fixedDeparture(), p.needs(), p.roommateRequests(), p.household(),
                p.visasHeld(), p.preferredLanguage());
    }

    static Participant withRequests(Participant p, List<String> roommateRequests, @Nullable String household) {
        return new Participant(p.id(), p.name(), p.gender(), p.nationality(), p.languages(), p.homeAirports(),
                p.organisation(), p.delegation(), p.role(), p.priority(), p.mustAttend(), p.fund(), p.travelMode(),
                p.needsLodging(), p.fixedArrival(), p.fixedDeparture(), p.needs(), roommateRequests, household,
                p.visasHeld(), p.preferredLanguage());
    }
}
