package org.caravan.data.export;

import org.caravan.data.check.ParticipantInPlan;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The rooming lists a planner sends to the hotels. */
public final class RoomingList {

    private RoomingList() {
    }

    /**
     * One list per hotel, in the dataset's hotel order: each occupied room's booking line, and its occupants by
     * name; rooms in the hotel's order, rooms with nobody in them left out. A hotel nobody is placed in has an
     * empty list ({@link HotelRooming#unused}).
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
            List<RoomBooking> rooms = new ArrayList<>();
            List<RoomingRow> rows = new ArrayList<>();
            for (Room room : hotel.rooms()) {
                List<ParticipantInPlan> guests = guestsByRoom.getOrDefault(room.id(), List.of());
                if (!guests.isEmpty()) {
                    rooms.add(bookingOf(room, guests));
                    rows.addAll(rowsOf(room, guests));
                }
            }
            lists.add(new HotelRooming(hotel.id(), hotel.name(), rooms, rows));
        }
        return lists;
    }

    private static RoomBooking bookingOf(Room room, List<ParticipantInPlan> guests) {
        SortedMap<LocalDate, Integer> perNight = new TreeMap<>();
        for (ParticipantInPlan guest : guests) {
            guest.nights().forEach(night -> perNight.merge(night, 1, Integer::sum));
        }
        List<RoomBooking.Occupancy> runs = new ArrayList<>();
        LocalDate runStart = null;
        LocalDate previous = null;
        int runGuests = 0;
        for (Map.Entry<LocalDate, Integer> night : perNight.entrySet()) {
            boolean continues = previous != null && night.getKey().equals(previous.plusDays(1))
                    && night.getValue() == runGuests;
            if (!continues) {
                if (runStart != null) {
                    runs.add(new RoomBooking.Occupancy(runStart, previous, runGuests));
                }
                runStart = night.getKey();
                runGuests = night.getValue();
            }
            previous = night.getKey();
        }
        runs.add(new RoomBooking.Occupancy(runStart, previous, runGuests));
        int nights = perNight.size();
        return new RoomBooking(room.id(), room.type(), perNight.firstKey(), perNight.lastKey().plusDays(1), nights,
                room.pricePerNight(), room.pricePerNight().multiply(BigDecimal.valueOf(nights)), runs);
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
