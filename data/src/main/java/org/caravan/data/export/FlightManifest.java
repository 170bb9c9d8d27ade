package org.caravan.data.export;

import org.caravan.data.check.ParticipantInPlan;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Segment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ValidDataset;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The passenger lists a planner sends to the airlines: who is on which flight, both ways. */
public final class FlightManifest {

    private FlightManifest() {
    }

    /**
     * One row per flight and passenger, grouped by the airport the flight leaves from (airports in the order of
     * their first take-off), then by local departure time there, flight and name: within an airport, the local
     * times a reader sees go forward; across airports the UTC columns compare them.
     */
    public static List<ManifestRow> of(ValidDataset dataset, Plan plan) {
        PlanFacts facts = PlanFacts.of(dataset, plan);
        DatasetIndex index = facts.index();
        List<ManifestRow> rows = new ArrayList<>();
        for (ParticipantInPlan passenger : facts.brought()) {
            if (passenger.itinerary() == null) {
                continue;
            }
            for (Segment segment : passenger.itinerary().outbound()) {
                rows.add(rowOf(index, segment, passenger.participant(), Direction.OUTBOUND));
            }
            for (Segment segment : passenger.itinerary().inbound()) {
                rows.add(rowOf(index, segment, passenger.participant(), Direction.RETURN));
            }
        }
        Map<String, LocalDateTime> firstTakeOff = new HashMap<>();
        rows.forEach(row -> firstTakeOff.merge(row.from(), row.departureUtc(),
                (a, b) -> a.isBefore(b) ? a : b));
        rows.sort(Comparator.comparing((ManifestRow row) -> firstTakeOff.get(row.from()))
                .thenComparing(ManifestRow::from)
                .thenComparing(ManifestRow::departure)
                .thenComparing(ManifestRow::departureUtc)
                .thenComparing(ManifestRow::segmentId)
                .thenComparing(ManifestRow::name)
                .thenComparing(ManifestRow::participantId));
        return rows;
    }

    private static ManifestRow rowOf(DatasetIndex index, Segment segment, Participant participant, Direction direction) {
        return new ManifestRow(segment.id(), segment.carrier(), segment.number(), segment.from(), segment.to(),
                segment.departure(), segment.arrival(), utc(index.departureInstant(segment)),
                utc(index.arrivalInstant(segment)), segment.seats(),
                participant.id(), participant.name(), participant.nationality(), direction);
    }

    private static LocalDateTime utc(ZonedDateTime instant) {
        return instant.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** The manifest as CSV ({@code flights.csv}): times local at the airport they happen at, then both in UTC. */
    public static String toCsv(List<ManifestRow> rows) {
        Csv csv = new Csv("segment", "flight", "from", "to", "departure (local)", "arrival (local)", "seat limit",
                "participant", "name", "nationality", "direction", "departure (UTC)", "arrival (UTC)");
        for (ManifestRow row : rows) {
            csv.row(row.segmentId(), row.flight(), row.from(), row.to(), row.departure(), row.arrival(), row.seats(),
                    row.participantId(), row.name(), row.nationality(), row.direction(), row.departureUtc(),
                    row.arrivalUtc());
        }
        return csv.text();
    }
}
