package org.caravan.data.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void shareRoundsHalfUpToTheCent() {
        assertThat(Money.share(9_500, 1, 3)).isEqualTo(3_167); // 31.666… → 31.67
        assertThat(Money.share(10_000, 1, 3)).isEqualTo(3_333);
        assertThat(Money.share(5, 1, 2)).isEqualTo(3); // 2.5 cents → 3
        assertThat(Money.share(-5, 1, 2)).isEqualTo(-3);
    }

    @Test
    void integerShareAgreesWithDecimalArithmetic() {
        for (long cents = 0; cents < 2_000; cents += 7) {
            for (int n = 1; n <= 6; n++) {
                for (int k = 0; k <= n; k++) {
                    long expected = BigDecimal.valueOf(cents * k).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValueExact();
                    assertThat(Money.share(cents, k, n)).as("%d × %d / %d", cents, k, n).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void unitsOverRoundUpAnyCent() {
        assertThat(Money.unitsOver(0)).isZero();
        assertThat(Money.unitsOver(1)).isEqualTo(1);
        assertThat(Money.unitsOver(100)).isEqualTo(1);
        assertThat(Money.unitsOver(101)).isEqualTo(2);
    }
}
