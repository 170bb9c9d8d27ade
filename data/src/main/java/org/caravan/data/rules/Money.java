package org.caravan.data.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is exact: cents as {@code long} inside, {@link BigDecimal} with two decimals at the edges. */
public final class Money {

    private Money() {
    }

    public static long toCents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal fromCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** {@code cents * numerator / denominator}, rounded half up (away from zero) to the cent. */
    public static long share(long cents, long numerator, long denominator) {
        if (cents >= 0 && numerator >= 0 && denominator > 0) {
            // Integer arithmetic on the hot path of score calculation: floor((2·c·k + n) / 2n) is c·k/n rounded half up.
            return (Math.multiplyExact(2 * cents, numerator) + denominator) / (2 * denominator);
        }
        return BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The hourly weight (in cents) applied to whole minutes, rounded half up to the cent. */
    public static long perHour(long centsPerHour, long minutes) {
        return share(centsPerHour, minutes, 60);
    }

    /** Whole currency units needed to cover an overspend, for hard scores: any cent over counts as one unit. */
    public static long unitsOver(long centsOver) {
        return centsOver <= 0 ? 0 : (centsOver + 99) / 100;
    }
}
