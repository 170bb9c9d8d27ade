package org.caravan.data.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The statistics against a computation by hand (and a spreadsheet's PERCENTILE.INC). */
class StatisticsTest {

    @Test
    void meanMedianAndNinetiethPercentileOfFiveValues() {
        // Sorted 1, 2, 3, 4, 10: mean 20 / 5 = 4; median the third, 3; p90 at rank 1 + 0.9 × 4 = 4.6, so
        // 4 + 0.6 × (10 − 4) = 7.6.
        Summary summary = Summary.of(List.of(10, 2, 4, 1, 3));

        assertThat(summary.count()).isEqualTo(5);
        assertThat(summary.mean()).isEqualByComparingTo("4.00");
        assertThat(summary.median()).isEqualByComparingTo("3.00");
        assertThat(summary.p90()).isEqualByComparingTo("7.60");
    }

    @Test
    void theMedianOfAnEvenCountIsBetweenTheTwoMiddleValues() {
        // 100, 200, 300, 1000: median (200 + 300) / 2; p90 at rank 1 + 0.9 × 3 = 3.7: 300 + 0.7 × 700 = 790.
        Summary summary = Summary.of(List.of(1000, 100, 300, 200));

        assertThat(summary.median()).isEqualByComparingTo("250.00");
        assertThat(summary.p90()).isEqualByComparingTo("790.00");
        assertThat(summary.mean()).isEqualByComparingTo("400.00");
    }

    @Test
    void nothingToSummariseIsZeroPeople() {
        assertThat(Summary.of(List.of()).count()).isZero();
    }

    @Test
    void theConfidenceIntervalOfThreeRunsUsesStudentsT() {
        // 10, 12, 14: mean 12, s = √((4 + 0 + 4) / 2) = 2; t(0.975, 2) = 4.302653; half-width 4.302653 × 2 / √3 = 4.96828.
        Spread spread = Spread.of(List.of(10, 12, 14));

        assertThat(spread.runs()).isEqualTo(3);
        assertThat(spread.mean()).isEqualTo(12.0);
        assertThat(spread.standardDeviation()).isCloseTo(2.0, within(1e-12));
        assertThat(spread.low()).isCloseTo(12 - 4.96828, within(1e-4));
        assertThat(spread.high()).isCloseTo(12 + 4.96828, within(1e-4));
    }

    @Test
    void oneRunHasNoInterval() {
        Spread spread = Spread.of(List.of(-42));

        assertThat(spread.low()).isEqualTo(-42.0);
        assertThat(spread.high()).isEqualTo(-42.0);
    }
}
