package org.caravan.api.solve;

import org.caravan.data.plan.PlanScore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressStreamTest {

    private static PlanView view(int brought, String totalCost, double elapsedSeconds) {
        return new PlanView(1, 1, 1, 1, SolveState.SOLVING, null, 60, elapsedSeconds,
                new PlanScore(0, -1, new BigDecimal("-2500.00")), true, brought, 5, new BigDecimal(totalCost), 0, false,
                null, null, null, null, null, null, null, null);
    }

    @Test
    void aChangeIsSentEvenWhenTheOldHashFingerprintCouldNotTellItApart() {
        PlanView before = view(4, "2061.00", 3.2);
        PlanView after = view(5, "2060.99", 3.4);
        // One more person brought for a cent less: the 32-bit hash the stream used to compare is the same for both.
        assertThat(oldFingerprint(after)).isEqualTo(oldFingerprint(before));

        assertThat(ProgressStream.Sent.of(after)).isNotEqualTo(ProgressStream.Sent.of(before));
    }

    @Test
    void nothingNewWithinTheSameSecondIsNotSentAgain() {
        assertThat(ProgressStream.Sent.of(view(4, "2061.00", 3.9))).isEqualTo(ProgressStream.Sent.of(view(4, "2061.00", 3.2)));
        assertThat(ProgressStream.Sent.of(view(4, "2061.00", 4.0))).isNotEqualTo(ProgressStream.Sent.of(view(4, "2061.00", 3.9)));
    }

    private static int oldFingerprint(PlanView status) {
        return Objects.hash(status.status(), status.queuePosition(), status.bestScore(), status.brought(),
                status.totalCost(), status.feasible(), (long) status.elapsedSeconds());
    }
}
