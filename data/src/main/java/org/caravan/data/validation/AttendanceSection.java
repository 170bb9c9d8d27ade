package org.caravan.data.validation;

import org.caravan.data.dataset.Participant;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.text.Text;

import java.util.ArrayList;
import java.util.List;

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
                issue(path, "dataset.mustAttend.cannotEnter", participant.id(), participant.name(), texts(entryBlockers));
            } else if (participant.flies() && index.allowedItineraries(participant).isEmpty()) {
                issue(path, "dataset.mustAttend.noItinerary", participant.id(), participant.name(), whyNoItinerary(index, participant));
            } else if (participant.needsLodging() && !hasRoomFor(participant)) {
                issue(path, participant.needs().accessibleRoom() ? "dataset.mustAttend.noAccessibleRoom" : "dataset.mustAttend.noRoom",
                        participant.id(), participant.name());
            }
        }
    }

    private boolean hasRoomFor(Participant participant) {
        return dataset.hotels().stream().flatMap(hotel -> hotel.rooms().stream())
                .anyMatch(room -> room.accessible() || !participant.needs().accessibleRoom());
    }

    private Text whyNoItinerary(DatasetIndex index, Participant participant) {
        if (index.itineraries().isEmpty()) {
            return Text.of("dataset.mustAttend.noItineraries");
        }
        List<ItineraryFacts> fromHome = index.itineraries().values().stream()
                .filter(facts -> participant.homeAirports().contains(facts.itinerary().origin())).toList();
        if (fromHome.isEmpty()) {
            return Text.of("dataset.mustAttend.noneFromHome", String.join(", ", participant.homeAirports()));
        }
        List<Text> named = new ArrayList<>(fromHome.stream().limit(BLOCKED_ITINERARIES_NAMED)
                .map(facts -> texts(index.blockers(participant, facts))).toList());
        int more = fromHome.size() - BLOCKED_ITINERARIES_NAMED;
        if (more > 0) {
            named.add(Text.of("dataset.mustAttend.moreBlocked", more));
        }
        return Text.join("; ", named);
    }

    private static Text texts(List<NotBroughtReason> reasons) {
        return Text.join("; ", reasons.stream().map(NotBroughtReason::text).toList());
    }
}
