package org.caravan.api.solve;

import org.caravan.solver.SolveControl;
import org.caravan.solver.SolveProgress;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The solves this instance is running right now, with their freshest progress (the database lags by a checkpoint). */
@Component
public class RunningSolves {

    private final Map<Long, RunningSolve> running = new ConcurrentHashMap<>();

    RunningSolve start(long planId, int version, long elapsedBeforeMs) {
        RunningSolve solve = new RunningSolve(planId, version, elapsedBeforeMs, new SolveControl(), System.nanoTime());
        running.put(planId, solve);
        return solve;
    }

    void end(long planId) {
        running.remove(planId);
    }

    public Optional<RunningSolve> find(long planId) {
        return Optional.ofNullable(running.get(planId));
    }

    Collection<RunningSolve> all() {
        return running.values();
    }

    /** One running solve. {@code suspended} marks a stop for shutdown, after which the solve is resumed elsewhere. */
    public static final class RunningSolve {

        private final long planId;
        private final int version;
        private final long elapsedBeforeMs;
        private final SolveControl control;
        private final long startNanos;
        private volatile SolveProgress latest;
        private volatile boolean suspended;
        private volatile long lastCheckpointNanos;
        private SolveProgress checkpointed;

        RunningSolve(long planId, int version, long elapsedBeforeMs, SolveControl control, long startNanos) {
            this.planId = planId;
            this.version = version;
            this.elapsedBeforeMs = elapsedBeforeMs;
            this.control = control;
            this.startNanos = startNanos;
            this.lastCheckpointNanos = startNanos - Long.MAX_VALUE / 2;
        }

        public long planId() {
            return planId;
        }

        int version() {
            return version;
        }

        SolveControl control() {
            return control;
        }

        /** Solving time over all runs of this plan (a resumed solve carries on the clock of its checkpoint). */
        public long elapsedMs() {
            return elapsedBeforeMs + (System.nanoTime() - startNanos) / 1_000_000;
        }

        public Optional<SolveProgress> latest() {
            return Optional.ofNullable(latest);
        }

        void progress(SolveProgress progress) {
            latest = progress;
        }

        boolean suspended() {
            return suspended;
        }

        void suspend() {
            suspended = true;
            control.requestStop();
        }

        /**
         * The best plan to checkpoint now, if there is one not yet saved and the last checkpoint is older than the
         * interval; the first best plan is saved at once. Called on every new best and by a periodic tick, so a
         * solve that stops improving still gets its last best plan saved.
         */
        synchronized Optional<SolveProgress> takeCheckpoint(long intervalNanos) {
            SolveProgress best = latest;
            long now = System.nanoTime();
            if (best == null || best == checkpointed || now - lastCheckpointNanos < intervalNanos) {
                return Optional.empty();
            }
            lastCheckpointNanos = now;
            checkpointed = best;
            return Optional.of(best);
        }
    }
}
