package org.caravan.data.export;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class FlightManifestTest {

    @Test
    void oneRowPerFlightAndPassengerByAirportThenLocalTakeOffThenFlightThenName() {
        List<ManifestRow> rows = FlightManifest.of(TinyPlan.DATASET, TinyPlan.PLAN);

        // Tunis comes first: s6 leaves it at 08:30 local (07:30 UTC), before s1 leaves Ouagadougou at 08:00 local
        // (08:00 UTC); every flight from Tunis follows in local time, then Ouagadougou's, then Djerba's.
        assertThat(rows).extracting(ManifestRow::segmentId, ManifestRow::participantId, ManifestRow::direction).containsExactly(
                tuple("s6", "p4", Direction.OUTBOUND),
                tuple("s2", "p1", Direction.OUTBOUND),
                tuple("s2", "p2", Direction.OUTBOUND),
                tuple("s4", "p1", Direction.RETURN),
                tuple("s1", "p1", Direction.OUTBOUND),
                tuple("s3", "p1", Direction.RETURN),
                tuple("s3", "p2", Direction.RETURN),
                tuple("s3", "p4", Direction.RETURN));
        assertThat(rows).as("local times never go backwards within an airport")
                .isSortedAccordingTo((a, b) -> a.from().equals(b.from()) ? a.departure().compareTo(b.departure()) : 0);
    }

    @Test
    void rowsCarryTheFlightInLocalTimesAndTheSeatLimit() {
        ManifestRow row = FlightManifest.of(TinyPlan.DATASET, TinyPlan.PLAN).get(2);

        assertThat(row).isEqualTo(new ManifestRow("s2", "TU", "745", "TUN", "DJE",
                LocalDateTime.parse("2026-03-24T18:05"), LocalDateTime.parse("2026-03-24T19:05"),
                LocalDateTime.parse("2026-03-24T17:05"), LocalDateTime.parse("2026-03-24T18:05"), 20,
                "p2", "Ben Ali, \"Salma\"", "TN", Direction.OUTBOUND));
        assertThat(row.flight()).isEqualTo("TU 745");
    }

    @Test
    void csvHasAHeaderAndQuotedNamesAndEmptySeatLimits() {
        String[] lines = FlightManifest.toCsv(FlightManifest.of(TinyPlan.DATASET, TinyPlan.PLAN)).split("\r\n");

        assertThat(lines).hasSize(9);
        assertThat(lines[0]).isEqualTo("segment,flight,from,to,departure (local),arrival (local),seat limit,participant,"
                + "name,nationality,direction,departure (UTC),arrival (UTC)");
        assertThat(lines[1]).isEqualTo("s6,TU 701,TUN,DJE,2026-03-24 08:30,2026-03-24 09:30,,p4,Youssef Haddad,TN,OUTBOUND,"
                + "2026-03-24 07:30,2026-03-24 08:30");
        assertThat(lines[3]).isEqualTo("s2,TU 745,TUN,DJE,2026-03-24 18:05,2026-03-24 19:05,20,p2,\"Ben Ali, \"\"Salma\"\"\",TN,OUTBOUND,"
                + "2026-03-24 17:05,2026-03-24 18:05");
    }
}
