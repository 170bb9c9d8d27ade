package org.caravan.data.export;

import org.caravan.data.check.ParticipantInPlan;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The brought participants of a plan, resolved against its dataset. A plan that names a participant, room
 * or itinerary the dataset does not have was made for another dataset: that is refused rather than left out of a
 * list a hotel or an airline will act on.
 */
final class PlanFacts {

    private final DatasetIndex index;
    private final List<ParticipantInPlan> brought;

    private PlanFacts(DatasetIndex index, List<ParticipantInPlan> brought) {
        this.index = index;
        this.brought = brought;
    }

    static PlanFacts of(ValidDataset dataset, Plan plan) {
        DatasetIndex index = dataset.index();
        List<ParticipantInPlan> brought = new ArrayList<>();
        for (Assignment assignment : plan.assignments()) {
            if (assignment.brought()) {
                brought.add(resolve(index, assignment));
            }
        }
        return new PlanFacts(index, List.copyOf(brought));
    }

    private static ParticipantInPlan resolve(DatasetIndex index, Assignment assignment) {
        Participant participant = index.participant(assignment.participant());
        if (participant == null) {
            throw new IllegalArgumentException("The plan names participant %s, who is not in the dataset; was it made for another dataset?"
                    .formatted(assignment.participant()));
        }
        ItineraryFacts itinerary = null;
        if (assignment.itinerary() != null) {
            itinerary = index.itinerary(assignment.itinerary());
            if (itinerary == null) {
                throw new IllegalArgumentException("The plan flies participant %s on itinerary %s, which is not in the dataset."
                        .formatted(participant.id(), assignment.itinerary()));
            }
        }
        Room room = null;
        Hotel hotel = null;
        if (assignment.room() != null) {
            room = index.room(assignment.room());
            if (room == null) {
                throw new IllegalArgumentException("The plan lodges participant %s in room %s, which is not in the dataset."
                        .formatted(participant.id(), assignment.room()));
            }
            hotel = index.hotelOfRoom(room.id());
        }
        return new ParticipantInPlan(participant, assignment, true, itinerary, room, hotel,
                nightsOf(index, assignment, participant, itinerary));
    }

    /** The plan's nights; derived from the stay when a plan leaves them out. */
    private static List<LocalDate> nightsOf(DatasetIndex index, Assignment assignment, Participant participant,
            ItineraryFacts itinerary) {
        if (assignment.room() == null) {
            return List.of();
        }
        if (assignment.nights() != null) {
            return assignment.nights().stream().sorted().toList();
        }
        if (participant.flies() && itinerary == null) {
            return List.of();
        }
        return index.nights(participant, itinerary);
    }

    DatasetIndex index() {
        return index;
    }

    List<ParticipantInPlan> brought() {
        return brought;
    }
}
