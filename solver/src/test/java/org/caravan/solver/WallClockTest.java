package org.caravan.solver;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The limit is wall time from the instant the dataset was read, whatever mapping and the first plan took. */
class WallClockTest {

    private static final Instant READ = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void mappingAndTheFirstPlanComeOffTheSearchTime() {
        WallClock clock = new WallClock(READ, Duration.ofSeconds(10));

        // 10 s less 5% kept for writing the plan: 9.5 s of search from the read; 3 s of mapping leave 6.5 s.
        assertThat(clock.left(READ)).isEqualTo(Duration.ofMillis(9_500));
        assertThat(clock.left(READ.plusSeconds(3))).isEqualTo(Duration.ofMillis(6_500));
        assertThat(clock.left(READ.plusSeconds(3), Duration.ofMillis(3_250))).isEqualTo(Duration.ofMillis(3_250));
    }

    @Test
    void theWritingReserveIsCappedAndTheTimeLeftNeverNegative() {
        WallClock clock = new WallClock(READ, Duration.ofSeconds(60));

        assertThat(clock.left(READ)).isEqualTo(Duration.ofSeconds(58));
        assertThat(clock.left(READ.plusSeconds(61))).isEqualTo(Duration.ZERO);
        assertThat(clock.left(READ.plusSeconds(61), Duration.ofSeconds(1))).isEqualTo(Duration.ZERO);
    }
}
