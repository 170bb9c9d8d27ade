package org.caravan.data.export;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class FlightManifestTest {

    @Test
    void oneRowPerFlightAndPassengerByRealTakeOffThenFlightThenName() {
        List<ManifestRow> rows = FlightManifest.of(TinyPlan.DATASET, TinyPlan.PLAN);

        // s6 leaves Tunis at 08:30 local (07:30 UTC), before s1 leaves Ouagadougou at 08:00 local (08:00 UTC).
        assertThat(rows).extracting(ManifestRow::segmentId, ManifestRow::participantId, ManifestRow::direction).containsExactly(
                tuple("s6", "p4", Direction.OUTBOUND),
                tuple("s1", "p1", Direction.OUTBOUND),
                tuple("s2", "p1", Direction.OUTBOUND),
                tuple("s2", "p2", Direction.OUTBOUND),
                tuple("s3", "p1", Direction.RETURN),
                tuple("s3", "p2", Direction.RETURN),
                tuple("s3", "p4", Direction.RETURN),
                tuple("s4", "p1", Direction.RETURN));
    }

    @Test
    void rowsCarryTheFlightInLocalTimesAndTheSeatLimit() {
        ManifestRow row = FlightManifest.of(TinyPlan.DATASET, TinyPlan.PLAN).get(3);

        assertThat(row).isEqualTo(new ManifestRow("s2", "TU", "745", "TUN", "DJE",
                LocalDateTime.parse("2026-03-24T18:05"), LocalDateTime.parse("2026-03-24T19:05"), 20,
                "p2", "Ben Ali, \"Salma\"", "TN", Direction.OUTBOUND));
        assertThat(row.flight()).isEqualTo("TU 745");
    }

    @Test
    void csvHasAHeaderAndQuotedNamesAndEmptySeatLimits() {
        String[] lines = FlightManifest.toCsv(FlightManifest.of(TinyPlan.DATASET, TinyPlan.PLAN)).split("\r\n");

        assertThat(lines).hasSize(9);
        assertThat(lines[0]).isEqualTo("segment,flight,from,to,departure (local),arrival (local),seat limit,participant,name,nationality,direction");
        assertThat(lines[1]).isEqualTo("s6,TU 701,TUN,DJE,2026-03-24 08:30,2026-03-24 09:30,,p4,Youssef Haddad,TN,OUTBOUND");
        assertThat(lines[4]).isEqualTo("s2,TU 745,TUN,DJE,2026-03-24 18:05,2026-03-24 19:05,20,p2,\"Ben Ali, \"\"Salma\"\"\",TN,OUTBOUND");
    }
}
