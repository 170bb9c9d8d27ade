package org.caravan.documents;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.export.ArrivalSchedule;
import org.caravan.data.export.DepartureSchedule;
import org.caravan.data.export.RoomingList;
import org.caravan.data.export.RoomingRow;
import org.caravan.data.export.ShuttleRun;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dossier facts of every brought participant of a plan, from the exports a planner already hands out (rooming
 * lists for rooms, nights and roommates; shuttle schedules for pickup and drop-off) and the dataset's index (the
 * itinerary's segments and times, the visa rules that apply, a ground traveller's stay), for the dataset the plan
 * was made from.
 */
final class TravelDossiers {

    private TravelDossiers() {
    }

    static List<TravelDossier> of(ValidDataset valid, Plan plan) {
        Dataset dataset = valid.dataset();
        DatasetIndex index = valid.index();
        Map<String, RoomingRow> rooming = new HashMap<>();
        RoomingList.of(valid, plan).forEach(hotel -> hotel.rows().forEach(row -> rooming.put(row.participantId(), row)));
        Map<String, TravelDossier.Shuttle> pickups = shuttles(ArrivalSchedule.of(valid, plan));
        Map<String, TravelDossier.Shuttle> dropOffs = shuttles(DepartureSchedule.of(valid, plan));
        Airport venueAirport = index.airport(dataset.event().venue().airport());
        List<TravelDossier> dossiers = new ArrayList<>();
        for (Assignment assignment : plan.assignments()) {
            if (!assignment.brought()) {
                continue;
            }
            Participant participant = index.participant(assignment.participant());
            if (participant == null) {
                throw new IllegalArgumentException("The plan names participant %s, who is not in the dataset; was it made for another dataset?"
                        .formatted(assignment.participant()));
            }
            ItineraryFacts itinerary = assignment.itinerary() == null ? null : index.itinerary(assignment.itinerary());
            if (assignment.itinerary() != null && itinerary == null || participant.flies() && itinerary == null) {
                throw new IllegalArgumentException("The plan brings participant %s without an itinerary of the dataset (%s); was it made for another dataset?"
                        .formatted(participant.id(), assignment.itinerary()));
            }
            RoomingRow row = rooming.get(participant.id());
            Room room = row == null ? null : index.room(row.roomId());
            Hotel hotel = row == null ? null : index.hotelOfRoom(row.roomId());
            dossiers.add(new TravelDossier(participant, dataset.event(),
                    itinerary == null ? List.of() : legs(index, itinerary.outbound()),
                    itinerary == null ? List.of() : legs(index, itinerary.inbound()),
                    pickups.get(participant.id()), dropOffs.get(participant.id()),
                    index.arrival(participant, itinerary), index.departure(participant, itinerary),
                    hotel, room, row == null ? null : new TravelDossier.Stay(row.firstNight(), row.lastNight(), row.nights()),
                    row == null ? List.of() : row.roommates(),
                    index.applicableVisaRules(participant, itinerary),
                    payer(index, participant), venueAirport, index.venueCountry(), plan.version()));
        }
        return dossiers;
    }

    private static List<TravelDossier.Leg> legs(DatasetIndex index, List<Segment> segments) {
        return segments.stream().map(segment -> new TravelDossier.Leg(segment, index.airport(segment.from()),
                index.airport(segment.to()), index.departureInstant(segment), index.arrivalInstant(segment))).toList();
    }

    private static Map<String, TravelDossier.Shuttle> shuttles(List<ShuttleRun> runs) {
        Map<String, TravelDossier.Shuttle> byParticipant = new LinkedHashMap<>();
        for (ShuttleRun slot : runs) {
            for (ShuttleRun.Passenger passenger : slot.passengers()) {
                byParticipant.put(passenger.participantId(), new TravelDossier.Shuttle(slot, passenger.flight(), passenger.time()));
            }
        }
        return byParticipant;
    }

    private static TravelDossier.Payer payer(DatasetIndex index, Participant participant) {
        if (participant.isSelfFunded()) {
            return new TravelDossier.Payer(TravelDossier.Payer.Kind.SELF, null);
        }
        Fund fund = participant.fund() == null ? null : index.fund(participant.fund());
        return fund == null ? new TravelDossier.Payer(TravelDossier.Payer.Kind.GENERAL, null)
                : new TravelDossier.Payer(TravelDossier.Payer.Kind.FUND, fund.name() == null ? fund.id() : fund.name());
    }
}
