package org.caravan.api.solve;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.caravan.api.dataset.DatasetStore;
import org.caravan.api.dataset.DatasetSummary;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.ConflictException;
import org.caravan.data.plan.PlanScore;
import org.caravan.solver.SolveProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Starting, watching and stopping solves, whichever instance runs them. */
@Service
public class SolveService {

    private final DatasetStore datasets;
    private final PlanStore plans;
    private final RunningSolves running;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> solveTask;
    private final TransactionTemplate transaction;
    private final int defaultTimeLimit;
    private final int maxTimeLimit;

    public SolveService(DatasetStore datasets, PlanStore plans, RunningSolves running, SchedulerClient scheduler,
            OneTimeTask<Void> solveTask, TransactionTemplate transaction,
            @Value("${caravan.solver.default-time-limit-seconds}") int defaultTimeLimit,
            @Value("${caravan.solver.max-time-limit-seconds}") int maxTimeLimit) {
        this.datasets = datasets;
        this.plans = plans;
        this.running = running;
        this.scheduler = scheduler;
        this.solveTask = solveTask;
        this.transaction = transaction;
        this.defaultTimeLimit = defaultTimeLimit;
        this.maxTimeLimit = maxTimeLimit;
    }

    /** Queues a solve of the dataset as its next plan version; the plan row and its job are stored together. */
    public SolveStatus start(long datasetId, SolveRequest request) {
        int seconds = request == null || request.timeLimitSeconds() == null ? defaultTimeLimit : request.timeLimitSeconds();
        if (seconds > maxTimeLimit) {
            throw new BadRequestException("$.timeLimitSeconds",
                    "must be at most " + maxTimeLimit + " (caravan.solver.max-time-limit-seconds)");
        }
        PolicyOverrides overrides = request == null ? null : request.policy();
        PlanRecord plan = transaction.execute(status -> {
            DatasetSummary dataset = datasets.get(datasetId);
            PlanRecord created = plans.create(datasetId, seconds, SolveRunner.Overrides.write(overrides),
                    dataset.participants());
            scheduler.schedule(solveTask.instance(Long.toString(created.id())), Instant.now());
            return created;
        });
        return status(plan.id());
    }

    /**
     * Stops a solve: a queued one at once (keeping a checkpoint it may have from before a restart), a running one at
     * its next step, keeping the best plan so far. Refused for a solve that has ended.
     */
    public SolveStatus stop(long planId) {
        PlanRecord plan = plans.get(planId);
        if (plan.status().isFinal()) {
            throw new ConflictException("Plan " + planId + " has already ended (" + plan.status() + ").");
        }
        plans.requestStop(planId);
        if (plans.stopIfQueued(planId)) {
            plans.checkpoint(planId).ifPresent(checkpoint -> plans.finish(planId, PlanStatus.STOPPED, checkpoint.content(), null));
            cancelJob(planId);
        } else {
            running.find(planId).ifPresent(solve -> solve.control().requestStop());
        }
        return status(planId);
    }

    private void cancelJob(long planId) {
        try {
            scheduler.cancel(TaskInstanceId.of(SolveJobs.TASK, Long.toString(planId)));
        } catch (RuntimeException e) {
            // Picked by a worker meanwhile: the runner sees the plan STOPPED and ends at once.
        }
    }

    /** The dataset as this plan solved it: the stored dataset with the plan's policy overrides. */
    public org.caravan.data.dataset.Dataset effectiveDataset(PlanRecord plan) {
        return SolveRunner.Overrides.read(plan.overrides()).applyTo(datasets.dataset(plan.datasetId()));
    }

    public SolveStatus status(long planId) {
        return view(plans.get(planId));
    }

    public List<SolveStatus> forDataset(long datasetId) {
        datasets.get(datasetId);
        return plans.listForDataset(datasetId).stream().map(this::view).toList();
    }

    public List<SolveStatus> all(PlanStatus status) {
        return plans.list(status).stream().map(this::view).toList();
    }

    private SolveStatus view(PlanRecord plan) {
        Integer position = plan.status() == PlanStatus.QUEUED ? plans.queuePosition(plan.id()) : null;
        PlanScore score = plan.scoreHard() == null ? null
                : new PlanScore(plan.scoreHard(), plan.scoreMedium(), plan.scoreSoft());
        long elapsedMs = plan.elapsedMs();
        Boolean feasible = plan.feasible();
        Integer brought = plan.brought();
        BigDecimal cost = plan.totalCost();
        var live = plan.status() == PlanStatus.SOLVING ? running.find(plan.id()) : java.util.Optional.<RunningSolves.RunningSolve>empty();
        if (live.isPresent()) {
            elapsedMs = live.get().elapsedMs();
            SolveProgress progress = live.get().latest().orElse(null);
            if (progress != null) {
                score = progress.score();
                feasible = progress.feasible();
                brought = progress.brought();
                cost = progress.totalCost();
            }
        }
        return new SolveStatus(plan.id(), plan.datasetId(), plan.version(), plan.status(), position,
                plan.timeLimitSeconds(), Math.round(elapsedMs / 100.0) / 10.0, score, feasible, brought,
                plan.participants(), cost, plan.resumes(), plan.stopRequested(), plan.createdAt(), plan.startedAt(),
                plan.finishedAt(), plan.checkpointAt(), plan.error(),
                plan.overrides() == null ? null : SolveRunner.Overrides.read(plan.overrides()));
    }
}
