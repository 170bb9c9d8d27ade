package org.caravan.data.export;

import org.caravan.data.check.ParticipantInPlan;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Segment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ValidDataset;

import java.time.Instant;
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
     * One row per flight and passenger, by take-off (the real instant, whatever the airports' zones), then flight,
     * then name.
     */
    public static List<ManifestRow> of(ValidDataset dataset, Plan plan) {
        PlanFacts facts = PlanFacts.of(dataset, plan);
        DatasetIndex index = facts.index();
        Map<String, Instant> takeOff = new HashMap<>();
        List<ManifestRow> rows = new ArrayList<>();
        for (ParticipantInPlan passenger : facts.brought()) {
            if (passenger.itinerary() == null) {
                continue;
            }
            for (Segment segment : passenger.itinerary().outbound()) {
                rows.add(rowOf(segment, passenger.participant(), Direction.OUTBOUND));
            }
            for (Segment segment : passenger.itinerary().inbound()) {
                rows.add(rowOf(segment, passenger.participant(), Direction.RETURN));
            }
        }
        rows.sort(Comparator.comparing((ManifestRow row) -> takeOff.computeIfAbsent(row.segmentId(),
                        id -> index.departureInstant(index.segment(id)).toInstant()))
                .thenComparing(ManifestRow::segmentId)
                .thenComparing(ManifestRow::name)
                .thenComparing(ManifestRow::participantId));
        return rows;
    }

    private static ManifestRow rowOf(Segment segment, Participant participant, Direction direction) {
        return new ManifestRow(segment.id(), segment.carrier(), segment.number(), segment.from(), segment.to(),
                segment.departure(), segment.arrival(), segment.seats(),
                participant.id(), participant.name(), participant.nationality(), direction);
    }

    /** The manifest as CSV ({@code flights.csv}); times are local at the airport they happen at. */
    public static String toCsv(List<ManifestRow> rows) {
        Csv csv = new Csv("segment", "flight", "from", "to", "departure (local)", "arrival (local)", "seat limit",
                "participant", "name", "nationality", "direction");
        for (ManifestRow row : rows) {
            csv.row(row.segmentId(), row.flight(), row.from(), row.to(), row.departure(), row.arrival(), row.seats(),
                    row.participantId(), row.name(), row.nationality(), row.direction());
        }
        return csv.text();
    }
}
