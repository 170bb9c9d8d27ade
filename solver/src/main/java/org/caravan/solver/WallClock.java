package org.caravan.solver;

import java.time.Duration;
import java.time.Instant;

/**
 * A solve's time limit as wall time from one instant (when the dataset was read) to the written plan: mapping, the
 * first plan and writing the final plan are on the clock, so "N seconds" means N seconds to the caller. Pure
 * arithmetic on instants handed in, so that it is tested without timing anything.
 */
final class WallClock {

    /** Kept back from the search for writing the final plan (why each person left out was left out). */
    static final double WRITE_SHARE = 0.05;
    static final Duration WRITE_AT_MOST = Duration.ofSeconds(2);

    private final Instant deadline;

    WallClock(Instant start, Duration limit) {
        Duration reserve = limit.multipliedBy((long) (WRITE_SHARE * 1000)).dividedBy(1000);
        if (reserve.compareTo(WRITE_AT_MOST) > 0) {
            reserve = WRITE_AT_MOST;
        }
        this.deadline = start.plus(limit).minus(reserve);
    }

    /** What is left for the search at {@code now}, never negative. */
    Duration left(Instant now) {
        Duration left = Duration.between(now, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * What is left for the search at {@code now} once {@code keptBack} is set aside for a later stage, never negative,
     * in whole milliseconds (Timefold's unit).
     */
    Duration left(Instant now, Duration keptBack) {
        Duration left = left(now).minus(keptBack);
        return left.isNegative() ? Duration.ZERO : Duration.ofMillis(left.toMillis());
    }
}
