package org.caravan.data.validation;

import org.caravan.data.dataset.Participant;
import org.caravan.data.plan.NotBroughtReason;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Phase two, on a clean structure: what follows from the rules, such as a must-attend participant whom no itinerary,
 * visa or room can bring.
 */
final class AttendanceSection extends Section {

    private static final int BLOCKED_ITINERARIES_NAMED = 3;

    private final DatasetIndex index;

    AttendanceSection(Section.Context context, DatasetIndex index) {
        super(context);
        this.index = index;
    }

    @Override
    void check() {
        checkEveryMustAttendCanCome();
    }

    private void checkEveryMustAttendCanCome() {
        for (int i = 0; i < dataset.participants().size(); i++) {
            Participant participant = dataset.participants().get(i);
            if (!participant.mustAttend()) {
                continue;
            }
            String path = "$.participants[" + i + "]";
            List<NotBroughtReason> entryBlockers = index.groundBlockers(participant);
            if (!entryBlockers.isEmpty()) {
                issue(path, "Participant %s (%s) must attend but cannot enter: %s. Add the visa to visasHeld if they hold it, or lift mustAttend."
                        .formatted(participant.id(), participant.name(), messages(entryBlockers)));
            } else if (participant.flies() && index.allowedItineraries(participant).isEmpty()) {
                issue(path, "Participant %s (%s) must attend but no itinerary can carry them: %s. Add an itinerary, widen the windows, or lift mustAttend."
                        .formatted(participant.id(), participant.name(), whyNoItinerary(index, participant)));
            } else if (participant.needsLodging() && !hasRoomFor(participant)) {
                issue(path, "Participant %s (%s) must attend but no room can take them: there is no %sroom in any hotel. Add one, or lift mustAttend."
                        .formatted(participant.id(), participant.name(), participant.needs().accessibleRoom() ? "accessible " : ""));
            }
        }
    }

    private boolean hasRoomFor(Participant participant) {
        return dataset.hotels().stream().flatMap(hotel -> hotel.rooms().stream())
                .anyMatch(room -> room.accessible() || !participant.needs().accessibleRoom());
    }

    private String whyNoItinerary(DatasetIndex index, Participant participant) {
        if (index.itineraries().isEmpty()) {
            return "the dataset has no itineraries";
        }
        List<ItineraryFacts> fromHome = index.itineraries().values().stream()
                .filter(facts -> participant.homeAirports().contains(facts.itinerary().origin())).toList();
        if (fromHome.isEmpty()) {
            return "no itinerary starts at a home airport (%s)".formatted(String.join(", ", participant.homeAirports()));
        }
        String named = fromHome.stream().limit(BLOCKED_ITINERARIES_NAMED)
                .map(facts -> messages(index.blockers(participant, facts))).collect(Collectors.joining("; "));
        int more = fromHome.size() - BLOCKED_ITINERARIES_NAMED;
        return more > 0 ? named + "; and %d more itineraries from home are blocked too".formatted(more) : named;
    }

    private static String messages(List<NotBroughtReason> reasons) {
        return reasons.stream().map(NotBroughtReason::message).collect(Collectors.joining("; "));
    }
}
