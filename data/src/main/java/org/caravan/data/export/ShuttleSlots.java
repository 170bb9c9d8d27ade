package org.caravan.data.export;

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
final class ShuttleSlots {

    private ShuttleSlots() {
    }

    static List<ArrivalSlot> of(ValidDataset dataset, Plan plan, Direction direction) {
        int slotMinutes = dataset.dataset().policy().arrivalSlotMinutes();
        Map<ShuttleSlot, List<ArrivalSlot.Passenger>> passengersBySlot = new TreeMap<>(Comparator.comparing(ShuttleSlot::start));
        for (PlanFacts.Brought flyer : PlanFacts.of(dataset, plan).brought()) {
            if (flyer.itinerary() == null) {
                continue;
            }
            ArrivalSlot.Passenger passenger = passengerOf(flyer, direction);
            passengersBySlot.computeIfAbsent(ShuttleSlot.of(passenger.time(), slotMinutes), slot -> new ArrayList<>())
                    .add(passenger);
        }
        List<ArrivalSlot> slots = new ArrayList<>();
        passengersBySlot.forEach((slot, passengers) -> slots.add(slotOf(direction, slot, passengers)));
        return slots;
    }

    private static ArrivalSlot.Passenger passengerOf(PlanFacts.Brought flyer, Direction direction) {
        // The leg's venue end: the outbound's last segment lands there, the return's first leaves from there.
        Segment segment = direction == Direction.OUTBOUND
                ? flyer.itinerary().outbound().get(flyer.itinerary().outbound().size() - 1)
                : flyer.itinerary().inbound().get(0);
        LocalDateTime time = direction == Direction.OUTBOUND ? segment.arrival() : segment.departure();
        return new ArrivalSlot.Passenger(flyer.participant().id(), flyer.participant().name(),
                flyer.hotel() == null ? null : flyer.hotel().id(), flyer.hotel() == null ? null : flyer.hotel().name(),
                segment.id(), segment.carrier() + " " + segment.number(), time);
    }

    private static ArrivalSlot slotOf(Direction direction, ShuttleSlot slot, List<ArrivalSlot.Passenger> passengers) {
        List<ArrivalSlot.Passenger> sorted = passengers.stream()
                .sorted(Comparator.comparing(ArrivalSlot.Passenger::time).thenComparing(ArrivalSlot.Passenger::flight)
                        .thenComparing(ArrivalSlot.Passenger::name).thenComparing(ArrivalSlot.Passenger::participantId))
                .toList();
        List<ArrivalSlot.Flight> flights = sorted.stream()
                .map(passenger -> new ArrivalSlot.Flight(passenger.segmentId(), passenger.flight(), passenger.time()))
                .distinct()
                .toList();
        return new ArrivalSlot(direction, slot.start(), slot.end(), flights, sorted);
    }

    static String toCsv(List<ArrivalSlot> slots) {
        Csv csv = new Csv("direction", "slot start", "slot end", "flight", "time (local)", "participant", "name",
                "hotel", "hotel name");
        for (ArrivalSlot slot : slots) {
            for (ArrivalSlot.Passenger passenger : slot.passengers()) {
                csv.row(slot.direction(), slot.start(), slot.end(), passenger.flight(), passenger.time(),
                        passenger.participantId(), passenger.name(), passenger.hotelId(), passenger.hotelName());
            }
        }
        return csv.text();
    }
}
