package org.caravan.api.solve;

import org.caravan.data.plan.Plan;
import org.caravan.solver.SolveControl;
import org.caravan.solver.SolveProgress;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The solves this instance is running right now, with their freshest progress (the database lags by a checkpoint). */
@Component
public class RunningSolves {

    private final Map<Long, RunningSolve> running = new ConcurrentHashMap<>();

    RunningSolve start(long planId, int version, long elapsedBeforeMs, boolean resumed) {
        RunningSolve solve = new RunningSolve(planId, version, elapsedBeforeMs, resumed);
        running.put(planId, solve);
        return solve;
    }

    void end(long planId) {
        RunningSolve ended = running.remove(planId);
        if (ended != null && durations != null) {
            durations.record(Duration.ofNanos(System.nanoTime() - ended.startNanos));
        }
    }

    /** Each solve's wall time in this process, from its start (or resume) to its end, for the service's metrics. */
    private @Nullable Timer durations;

    @Autowired(required = false)
    void measure(MeterRegistry registry) {
        durations = Timer.builder("caravan.solve.duration")
                .description("Wall time of each solve run in this process, from start or resume to its end")
                .publishPercentileHistogram().register(registry);
    }

    public Optional<RunningSolve> find(long planId) {
        return Optional.ofNullable(running.get(planId));
    }

    /** The solves running in this process. */
    public Collection<RunningSolve> all() {
        return running.values();
    }

    /**
     * One running solve. The engine numbers its plans its own way; every plan of this solve takes the plan's version
     * here ({@link #stamp}), the one place where the service's numbering meets the engine's plans.
     */
    public static final class RunningSolve {

        private final long planId;
        private final int version;
        private final long elapsedBeforeMs;
        private final SolveControl control = new SolveControl();
        private final long startNanos = System.nanoTime();
        private volatile boolean awaitingFirstProgress;
        private volatile SolveProgress latest;
        private volatile Plan latestPlan;
        private volatile boolean suspended;
        private long lastCheckpointNanos;
        private Plan checkpointed;

        private RunningSolve(long planId, int version, long elapsedBeforeMs, boolean resumed) {
            this.planId = planId;
            this.version = version;
            this.elapsedBeforeMs = elapsedBeforeMs;
            this.awaitingFirstProgress = resumed;
            this.lastCheckpointNanos = startNanos - Long.MAX_VALUE / 2;
        }

        public long planId() {
            return planId;
        }

        SolveControl control() {
            return control;
        }

        /** Solving time over all runs of this plan: a resumed solve carries on the clock its plan row had. */
        public long elapsedMs() {
            return elapsedBeforeMs + (System.nanoTime() - startNanos) / 1_000_000;
        }

        public Optional<SolveProgress> latest() {
            return Optional.ofNullable(latest);
        }

        /** The best plan so far, numbered as this plan. */
        public Optional<Plan> latestPlan() {
            return Optional.ofNullable(latestPlan);
        }

        Plan stamp(Plan plan) {
            return plan.withVersion(version);
        }

        /** Takes a new best plan; true the first time for a resumed solve, which is solving again from then on. */
        boolean progress(SolveProgress progress) {
            latestPlan = stamp(progress.plan());
            latest = progress;
            return takeFirstProgress();
        }

        /** True once for a resumed solve that has not yet been marked solving again. */
        synchronized boolean takeFirstProgress() {
            boolean first = awaitingFirstProgress;
            awaitingFirstProgress = false;
            return first;
        }

        boolean suspended() {
            return suspended;
        }

        /** Stops the solve for shutdown; it is resumed by the next instance that takes its job. */
        void suspend() {
            suspended = true;
            control.requestStop();
        }

        /**
         * The best plan to checkpoint now, if there is one not yet saved and the last checkpoint is older than the
         * interval; the first best plan is saved at once. Called on every new best and by the heartbeat, so a solve
         * that stops improving still gets its last best plan saved.
         */
        synchronized Optional<Plan> takeCheckpoint(long intervalNanos) {
            Plan best = latestPlan;
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
