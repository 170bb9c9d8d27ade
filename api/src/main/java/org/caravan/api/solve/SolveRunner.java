package org.caravan.api.solve;

import jakarta.annotation.PreDestroy;
import org.caravan.api.config.CaravanProperties;
import org.caravan.api.solve.PlanStore.Checkpoint;
import org.caravan.api.solve.RunningSolves.RunningSolve;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.SolveProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one solve on a worker thread of the job queue: starts it (or resumes it from its checkpoint when its previous
 * process died or shut down), checkpoints the best plan every few seconds, and ends it. Each move of the plan's status
 * is asked of {@link PlanLifecycle}.
 */
@Service
public class SolveRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SolveRunner.class);
    /** Resuming a solve this close to its time limit gains nothing; it ends INTERRUPTED with its checkpoint. */
    private static final long MIN_RESUME_MS = 1_000;

    private final PlanStore plans;
    private final PlanLifecycle lifecycle;
    private final PlanInputs inputs;
    private final PlanningEngine engine;
    private final RunningSolves running;
    private final Duration checkpointInterval;
    private final int maxResumes;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "caravan-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean shuttingDown;

    SolveRunner(PlanStore plans, PlanLifecycle lifecycle, PlanInputs inputs, PlanningEngine engine,
            RunningSolves running, CaravanProperties properties) {
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.inputs = inputs;
        this.engine = engine;
        this.running = running;
        this.checkpointInterval = properties.solver().checkpointInterval();
        this.maxResumes = properties.solver().maxResumes();
        long every = properties.solver().heartbeatInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Thrown to hand a solve back to the queue at shutdown; the job's failure handler reschedules it. */
    static final class SolveSuspended extends RuntimeException {
        SolveSuspended(long planId) {
            super("Solve of plan " + planId + " suspended for shutdown; it resumes from its checkpoint.", null, false, false);
        }
    }

    public void run(long planId) {
        if (shuttingDown) {
            throw new SolveSuspended(planId);
        }
        Optional<PlanRecord> found = plans.find(planId);
        if (found.isEmpty()) {
            LOG.info("Plan {} no longer exists (its dataset was deleted); nothing to solve", planId);
            return;
        }
        PlanRecord plan = found.get();
        if (plan.status().isFinal()) {
            return;
        }
        // Anything but QUEUED here means the worker that had it died without a word: this run is a resume after a crash.
        boolean crashed = plan.status() != SolveState.QUEUED;
        String best = plans.checkpoint(planId).map(Checkpoint::content).orElse(null);
        // The clock goes on from the solving time last stored, so it never goes back; time solved after the last
        // checkpoint died with the process and counts as spent.
        long elapsedBefore = plan.elapsedMs();
        long remainingMs = plan.timeLimitSeconds() * 1000L - elapsedBefore;
        if (plan.stopRequested()) {
            lifecycle.stop(planId, best, null, elapsedBefore);
            return;
        }
        if (crashed && plan.resumes() >= maxResumes) {
            lifecycle.interrupt(planId, "The solve's process died " + (plan.resumes() + 1) + " times; it is not "
                    + "resumed again (caravan.solver.max-resumes). The last checkpoint is its plan.", best);
            return;
        }
        if (best != null && remainingMs < MIN_RESUME_MS) {
            lifecycle.interrupt(planId, "The solve was cut off within a second of its time limit; the last checkpoint "
                    + "is its plan.", best);
            return;
        }
        boolean resumed = crashed || best != null;
        if (!(resumed ? lifecycle.resume(planId) : lifecycle.start(planId))) {
            return;
        }
        if (best != null) {
            LOG.info("Resuming the solve of plan {} from its checkpoint ({} s solved, {} s left)", planId,
                    elapsedBefore / 1000, remainingMs / 1000);
        }
        solve(plan, best, elapsedBefore, Math.max(remainingMs, MIN_RESUME_MS), resumed);
    }

    private void solve(PlanRecord plan, String checkpoint, long elapsedBefore, long remainingMs, boolean resumed) {
        long planId = plan.id();
        RunningSolve solve = running.start(planId, plan.version(), elapsedBefore, resumed);
        try {
            if (plans.isStopRequested(planId)) {
                solve.control().requestStop();
            }
            // A re-plan starts from its parent's plan with the bookings kept; resumed, it starts from its checkpoint,
            // which carries the same bookings, and the disruption rule then counts moves from that checkpoint.
            String replanFrom = plans.startFrom(planId).orElse(null);
            String from = checkpoint != null ? checkpoint : replanFrom;
            Plan startFrom = from == null ? null : readPlan(from);
            SolveOptions options = new SolveOptions(Duration.ofMillis(remainingMs), startFrom, replanFrom != null,
                    solve.control(), Duration.ofSeconds(1));
            Plan best = solve.stamp(engine.solve(inputs.dataset(plan), options, progress -> onProgress(solve, progress)));
            String json = CaravanJson.toJson(best);
            long elapsed = solve.elapsedMs();
            if (solve.suspended()) {
                lifecycle.suspend(planId, elapsed, json, PlanFigures.of(best));
                throw new SolveSuspended(planId);
            }
            if (solve.takeFirstProgress()) {
                lifecycle.start(planId);
            }
            if (plans.isStopRequested(planId)) {
                lifecycle.stop(planId, json, PlanFigures.of(best), elapsed);
            } else {
                lifecycle.finish(planId, json, PlanFigures.of(best), elapsed);
            }
        } catch (SolveSuspended e) {
            throw e;
        } catch (InvalidDatasetException e) {
            lifecycle.fail(planId, e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.error("The solve of plan {} failed", planId, e);
            lifecycle.fail(planId, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    plans.checkpoint(planId).map(Checkpoint::content).orElse(null));
        } finally {
            running.end(planId);
        }
    }

    private void onProgress(RunningSolve solve, SolveProgress progress) {
        if (progress.plan() == null) {
            return;
        }
        if (solve.progress(progress)) {
            // A resumed solve is solving again once the engine has read its checkpoint back and reports.
            lifecycle.start(solve.planId());
        }
        checkpoint(solve);
    }

    private void checkpoint(RunningSolve solve) {
        solve.takeCheckpoint(checkpointInterval.toNanos()).ifPresent(best -> {
            try {
                lifecycle.checkpoint(solve.planId(), solve.elapsedMs(), CaravanJson.toJson(best), PlanFigures.of(best));
            } catch (RuntimeException e) {
                // A failed checkpoint costs only resumability; the solve goes on and the next one may succeed.
                LOG.warn("Could not checkpoint plan {}: {}", solve.planId(), e.toString());
            }
        });
    }

    /**
     * Every heartbeat interval, for each solve running here: stores its solving time (and that it is alive), passes
     * on a stop request made on any instance (they are stored), and checkpoints a best plan that arrived since the
     * last checkpoint once the interval has passed.
     */
    private void beat() {
        for (RunningSolve solve : running.all()) {
            try {
                lifecycle.heartbeat(solve.planId(), solve.elapsedMs());
                if (!solve.control().isStopRequested() && plans.isStopRequested(solve.planId())) {
                    solve.control().requestStop();
                }
                checkpoint(solve);
            } catch (RuntimeException e) {
                LOG.warn("Could not record the heartbeat of plan {}: {}", solve.planId(), e.toString());
            }
        }
    }

    /** At shutdown, running solves save their best plan and go back to the queue, to resume at the next start. */
    @EventListener(ContextClosedEvent.class)
    void suspendAll() {
        shuttingDown = true;
        running.all().forEach(RunningSolve::suspend);
    }

    @PreDestroy
    void stopHeartbeat() {
        heartbeat.shutdownNow();
    }

    static Plan readPlan(String json) {
        try {
            return CaravanJson.readPlan(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
