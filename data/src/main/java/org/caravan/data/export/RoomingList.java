package org.caravan.data.export;

import org.caravan.data.check.ParticipantInPlan;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rooming lists a planner sends to the hotels. */
public final class RoomingList {

    private RoomingList() {
    }

    /**
     * One list per hotel with guests, in the dataset's hotel order; rooms in the hotel's order, occupants by name.
     * Hotels and rooms with nobody in them are left out.
     */
    public static List<HotelRooming> of(ValidDataset dataset, Plan plan) {
        Map<String, List<ParticipantInPlan>> guestsByRoom = new LinkedHashMap<>();
        for (ParticipantInPlan guest : PlanFacts.of(dataset, plan).brought()) {
            if (guest.room() != null && !guest.nights().isEmpty()) {
                guestsByRoom.computeIfAbsent(guest.room().id(), room -> new ArrayList<>()).add(guest);
            }
        }
        List<HotelRooming> lists = new ArrayList<>();
        for (Hotel hotel : dataset.dataset().hotels()) {
            List<RoomingRow> rows = new ArrayList<>();
            for (Room room : hotel.rooms()) {
                rows.addAll(rowsOf(room, guestsByRoom.getOrDefault(room.id(), List.of())));
            }
            if (!rows.isEmpty()) {
                lists.add(new HotelRooming(hotel.id(), hotel.name(), rows));
            }
        }
        return lists;
    }

    private static List<RoomingRow> rowsOf(Room room, List<ParticipantInPlan> guests) {
        return guests.stream()
                .sorted(Comparator.comparing((ParticipantInPlan guest) -> guest.participant().name())
                        .thenComparing(guest -> guest.participant().id()))
                .map(guest -> rowOf(room, guest, guests))
                .toList();
    }

    private static RoomingRow rowOf(Room room, ParticipantInPlan guest, List<ParticipantInPlan> sameRoom) {
        Participant participant = guest.participant();
        List<String> roommates = sameRoom.stream()
                .filter(other -> other != guest && !Collections.disjoint(other.nights(), guest.nights()))
                .map(other -> other.participant().name() + " (" + other.participant().id() + ")")
                .sorted()
                .toList();
        return new RoomingRow(room.id(), room.type(),
                guest.nights().get(0), guest.nights().get(guest.nights().size() - 1), guest.nights().size(),
                participant.id(), participant.name(), participant.gender(), participant.nationality(),
                participant.languages(), participant.needs().singleRoom(), participant.needs().accessibleRoom(),
                roommates);
    }
}
