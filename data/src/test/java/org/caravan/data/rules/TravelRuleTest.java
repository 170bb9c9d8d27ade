package org.caravan.data.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TravelRuleTest {

    @Test
    void aLayoverIsLongBeyondSixHours() {
        assertThat(TravelRule.isLongLayover(360)).isFalse();
        assertThat(TravelRule.isLongLayover(361)).isTrue();
    }

    @Test
    void travelHoursAreRoundedPerDirection() {
        // 8.00 an hour: 145 minutes are 19.333 (19.33), 150 minutes 20.00; rounding the sum of 295 minutes would give 39.33.
        assertThat(TravelRule.travelHourCents(800, 145, 150)).isEqualTo(1933 + 2000);
        // 1 cent an hour over 30 minutes is half a cent, rounded up in each direction.
        assertThat(TravelRule.travelHourCents(1, 30, 30)).isEqualTo(2);
    }
}
