package org.caravan.api.solve;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.caravan.api.dataset.DatasetStore;
import org.caravan.api.solve.PlanStore.Checkpoint;
import org.caravan.api.solve.PlanStore.Figures;
import org.caravan.api.solve.RunningSolves.RunningSolve;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.SolveProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs one solve on a worker thread of the job queue: starts it (or resumes it from its checkpoint when its previous
 * process died or shut down), checkpoints the best plan every few seconds, and records how it ended.
 */
@Service
public class SolveRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SolveRunner.class);
    /** Resuming a solve this close to its time limit gains nothing; it ends INTERRUPTED with its checkpoint. */
    private static final long MIN_RESUME_MS = 1_000;

    private final PlanStore plans;
    private final DatasetStore datasets;
    private final PlanningEngine engine;
    private final RunningSolves running;
    private final Duration checkpointInterval;
    private final int maxResumes;
    private volatile boolean shuttingDown;

    public SolveRunner(PlanStore plans, DatasetStore datasets, PlanningEngine engine, RunningSolves running,
            @Value("${caravan.solver.checkpoint-interval}") Duration checkpointInterval,
            @Value("${caravan.solver.max-resumes}") int maxResumes) {
        this.plans = plans;
        this.datasets = datasets;
        this.engine = engine;
        this.running = running;
        this.checkpointInterval = checkpointInterval;
        this.maxResumes = maxResumes;
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
        // SOLVING here means the worker that had it died without a word: this run is a resume after a crash.
        boolean crashed = plan.status() == PlanStatus.SOLVING;
        Optional<Checkpoint> checkpoint = plans.checkpoint(planId);
        String best = checkpoint.map(Checkpoint::content).orElse(null);
        // The clock goes on from the checkpoint: time solved after it died with the process and is solved again.
        long elapsedBefore = checkpoint.map(Checkpoint::elapsedMs).orElse(0L);
        long remainingMs = plan.timeLimitSeconds() * 1000L - elapsedBefore;
        if (plan.stopRequested()) {
            plans.finish(planId, PlanStatus.STOPPED, best, null);
            return;
        }
        if (crashed && plan.resumes() >= maxResumes) {
            plans.finish(planId, PlanStatus.INTERRUPTED, best, "The solve's process died " + (plan.resumes() + 1)
                    + " times; it is not resumed again (caravan.solver.max-resumes). The last checkpoint is its plan.");
            return;
        }
        if (best != null && remainingMs < MIN_RESUME_MS) {
            plans.finish(planId, PlanStatus.INTERRUPTED, best,
                    "The solve was cut off within a second of its time limit; the last checkpoint is its plan.");
            return;
        }
        if (!plans.markSolving(planId, crashed || best != null)) {
            return;
        }
        if (best != null) {
            LOG.info("Resuming the solve of plan {} from its checkpoint ({} s solved, {} s left)", planId,
                    elapsedBefore / 1000, remainingMs / 1000);
        }
        solve(plan, best, elapsedBefore, Math.max(remainingMs, MIN_RESUME_MS));
    }

    private void solve(PlanRecord plan, String checkpoint, long elapsedBefore, long remainingMs) {
        long planId = plan.id();
        RunningSolve solve = running.start(planId, plan.version(), elapsedBefore);
        try {
            if (plans.isStopRequested(planId)) {
                solve.control().requestStop();
            }
            Dataset dataset = Overrides.read(plan.overrides()).applyTo(datasets.dataset(plan.datasetId()));
            Plan startFrom = checkpoint == null ? null : readPlan(checkpoint);
            SolveOptions options = new SolveOptions(Duration.ofMillis(remainingMs), startFrom, false, solve.control(),
                    Duration.ofSeconds(1));
            Plan best = engine.solve(DatasetValidator.valid(dataset), options, progress -> onProgress(plan, solve, progress));
            Plan stamped = stamp(best, plan);
            String json = CaravanJson.toJson(stamped);
            plans.saveProgress(planId, figures(stamped, solve.elapsedMs()));
            if (solve.suspended()) {
                plans.saveCheckpoint(planId, solve.elapsedMs(), json);
                plans.markQueued(planId);
                throw new SolveSuspended(planId);
            }
            plans.finish(planId, plans.isStopRequested(planId) ? PlanStatus.STOPPED : PlanStatus.DONE, json, null);
        } catch (SolveSuspended e) {
            throw e;
        } catch (InvalidDatasetException e) {
            plans.finish(planId, PlanStatus.FAILED, null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("The solve of plan {} failed", planId, e);
            plans.finish(planId, PlanStatus.FAILED, plans.checkpoint(planId).map(Checkpoint::content).orElse(null),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            running.end(planId);
        }
    }

    private void onProgress(PlanRecord plan, RunningSolve solve, SolveProgress progress) {
        if (progress.plan() == null) {
            return;
        }
        solve.progress(progress);
        checkpoint(plan.version(), solve);
    }

    private void checkpoint(int version, RunningSolve solve) {
        solve.takeCheckpoint(checkpointInterval.toNanos()).ifPresent(progress -> {
            try {
                long elapsed = solve.elapsedMs();
                Plan best = progress.plan();
                plans.saveCheckpoint(solve.planId(), elapsed, CaravanJson.toJson(new Plan(Plan.FORMAT, best.dataset(),
                        version, best.score(), best.feasible(), best.assignments(), best.costs(), best.penalties())));
                plans.saveProgress(solve.planId(), Figures.of(progress.score(), progress.feasible(), progress.brought(),
                        progress.totalCost(), elapsed));
            } catch (RuntimeException e) {
                // A failed checkpoint costs only resumability; the solve goes on and the next one may succeed.
                LOG.warn("Could not checkpoint plan {}: {}", solve.planId(), e.toString());
            }
        });
    }

    /**
     * Every second: passes stop requests made on any instance (they are stored) to the solves running here, and
     * checkpoints a best plan that arrived since the last checkpoint once the interval has passed.
     */
    @Scheduled(fixedDelayString = "${caravan.solver.stop-poll-interval:1s}")
    void tick() {
        for (RunningSolve solve : running.all()) {
            if (!solve.control().isStopRequested() && plans.isStopRequested(solve.planId())) {
                solve.control().requestStop();
            }
            checkpoint(solve.version(), solve);
        }
    }

    /** At shutdown, running solves save their best plan and go back to the queue, to resume at the next start. */
    @EventListener(ContextClosedEvent.class)
    void suspendAll() {
        shuttingDown = true;
        running.all().forEach(RunningSolve::suspend);
    }

    private static Plan stamp(Plan plan, PlanRecord record) {
        return new Plan(Plan.FORMAT, plan.dataset(), record.version(), plan.score(), plan.feasible(), plan.assignments(),
                plan.costs(), plan.penalties());
    }

    private static Figures figures(Plan plan, long elapsedMs) {
        int brought = (int) plan.assignments().stream().filter(Assignment::brought).count();
        BigDecimal cost = plan.costs() == null ? null : plan.costs().total();
        return Figures.of(plan.score(), plan.feasible(), brought, cost, elapsedMs);
    }

    static Plan readPlan(String json) {
        try {
            return CaravanJson.readPlan(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Policy overrides as stored with the plan (JSON, null when none). */
    static final class Overrides {

        private static final PolicyOverrides NONE = new PolicyOverrides(null, null, null, null);

        private Overrides() {
        }

        static PolicyOverrides read(String json) {
            if (json == null) {
                return NONE;
            }
            try {
                return CaravanJson.mapper().readValue(json, PolicyOverrides.class);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String write(PolicyOverrides overrides) {
            return overrides == null || overrides.isEmpty() ? null : CaravanJson.toJson(overrides);
        }
    }
}
