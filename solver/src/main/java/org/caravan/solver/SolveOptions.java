package org.caravan.solver;

import org.caravan.data.plan.Plan;
import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * How to solve: a wall-clock limit, an optional plan to start from (a checkpoint to resume, or the published plan
 * of a re-plan, which also switches on the disruption rule), a control to stop early, and how often to report.
 */
public record SolveOptions(Duration timeLimit, @Nullable Plan startFrom, boolean replan, SolveControl control, Duration progressInterval) {

    public SolveOptions {
        timeLimit = timeLimit == null ? Duration.ofSeconds(30) : timeLimit;
        control = control == null ? new SolveControl() : control;
        progressInterval = progressInterval == null ? Duration.ofSeconds(2) : progressInterval;
    }

    public static SolveOptions forSeconds(long seconds) {
        return new SolveOptions(Duration.ofSeconds(seconds), null, false, null, null);
    }
}
