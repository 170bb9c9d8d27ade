package org.caravan.data.export;

import org.caravan.data.check.ParticipantInPlan;
import org.caravan.data.dataset.Segment;
import org.caravan.data.plan.Plan;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.validation.ValidDataset;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups brought flyers by their slot at the venue airport, one way; shared by arrivals and departures. */
final class ShuttleRuns {

    private ShuttleRuns() {
    }

    static List<ShuttleRun> of(ValidDataset dataset, Plan plan, Direction direction) {
        int slotMinutes = dataset.dataset().policy().arrivalSlotMinutes();
        String airport = dataset.dataset().event().venue().airport();
        Map<ShuttleSlot, List<ShuttleRun.Passenger>> passengersBySlot = new TreeMap<>(Comparator.comparing(ShuttleSlot::start));
        for (ParticipantInPlan flyer : PlanFacts.of(dataset, plan).brought()) {
            if (flyer.itinerary() == null) {
                continue;
            }
            ShuttleRun.Passenger passenger = passengerOf(flyer, direction);
            passengersBySlot.computeIfAbsent(ShuttleSlot.of(airport, passenger.time(), slotMinutes), slot -> new ArrayList<>())
                    .add(passenger);
        }
        List<ShuttleRun> slots = new ArrayList<>();
        passengersBySlot.forEach((slot, passengers) -> slots.add(slotOf(direction, slot, passengers)));
        return slots;
    }

    private static ShuttleRun.Passenger passengerOf(ParticipantInPlan flyer, Direction direction) {
        // The leg's venue end: the outbound's last segment lands there, the return's first leaves from there.
        Segment segment = direction == Direction.OUTBOUND
                ? flyer.itinerary().outbound().get(flyer.itinerary().outbound().size() - 1)
                : flyer.itinerary().inbound().get(0);
        LocalDateTime time = direction == Direction.OUTBOUND ? segment.arrival() : segment.departure();
        return new ShuttleRun.Passenger(flyer.participant().id(), flyer.participant().name(),
                flyer.hotel() == null ? null : flyer.hotel().id(), flyer.hotel() == null ? null : flyer.hotel().name(),
                segment.id(), segment.carrier() + " " + segment.number(), time);
    }

    private static ShuttleRun slotOf(Direction direction, ShuttleSlot slot, List<ShuttleRun.Passenger> passengers) {
        List<ShuttleRun.Passenger> sorted = passengers.stream()
                .sorted(Comparator.comparing(ShuttleRun.Passenger::time).thenComparing(ShuttleRun.Passenger::flight)
                        .thenComparing(ShuttleRun.Passenger::name).thenComparing(ShuttleRun.Passenger::participantId))
                .toList();
        List<ShuttleRun.Flight> flights = sorted.stream()
                .map(passenger -> new ShuttleRun.Flight(passenger.segmentId(), passenger.flight(), passenger.time()))
                .distinct()
                .toList();
        return new ShuttleRun(direction, slot.start(), slot.end(), flights, sorted);
    }

    static String toCsv(List<ShuttleRun> slots) {
        Csv csv = new Csv("direction", "slot start", "slot end", "flight", "time (local)", "participant", "name",
                "hotel", "hotel name");
        for (ShuttleRun slot : slots) {
            for (ShuttleRun.Passenger passenger : slot.passengers()) {
                csv.row(slot.direction(), slot.start(), slot.end(), passenger.flight(), passenger.time(),
                        passenger.participantId(), passenger.name(), passenger.hotelId(), passenger.hotelName());
            }
        }
        return csv.text();
    }
}
