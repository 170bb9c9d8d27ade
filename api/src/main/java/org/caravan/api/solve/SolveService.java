package org.caravan.api.solve;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.caravan.api.config.CaravanProperties;
import org.caravan.api.dataset.DatasetVersionId;
import org.caravan.api.dataset.Datasets;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.ConflictException;
import org.caravan.data.plan.PlanScore;
import org.caravan.solver.SolveProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Starting, watching and stopping solves, whichever instance runs them. */
@Service
public class SolveService {

    private final Datasets datasets;
    private final PlanStore plans;
    private final PlanLifecycle lifecycle;
    private final RunningSolves running;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> solveTask;
    private final TransactionTemplate transaction;
    private final CaravanProperties.Solver settings;

    SolveService(Datasets datasets, PlanStore plans, PlanLifecycle lifecycle, RunningSolves running,
            SchedulerClient scheduler, OneTimeTask<Void> solveTask, TransactionTemplate transaction,
            CaravanProperties properties) {
        this.datasets = datasets;
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.running = running;
        this.scheduler = scheduler;
        this.solveTask = solveTask;
        this.transaction = transaction;
        this.settings = properties.solver();
    }

    /**
     * Queues a solve of a dataset version (the latest unless the request names one) as the dataset's next plan
     * version. The plan row and its job are stored together, under the dataset's lock: a dataset being deleted at the
     * same time is either deleted first (404 here) or sees this solve (409 there).
     */
    public PlanView start(long datasetId, SolveRequest request) {
        return start(datasetId, request, null);
    }

    /** The same for a scenario: the plan names it and keeps the overrides it is solved with, whatever becomes of it. */
    public PlanView start(long datasetId, SolveRequest request, @Nullable ScenarioLink scenario) {
        int seconds = timeLimit(request == null ? null : request.timeLimitSeconds(), "$.timeLimitSeconds");
        String overrides = PolicyOverrides.toJson(request == null ? null : request.policy());
        Integer version = request == null ? null : request.datasetVersion();
        PlanRecord plan = transaction.execute(status -> {
            DatasetVersionId solved = datasets.lockVersion(datasetId, version, "$.datasetVersion");
            int participants = scenario == null ? datasets.version(solved).participants() : scenario.participants();
            PlanRecord queued = lifecycle.queue(solved, seconds, overrides, participants);
            if (scenario != null) {
                plans.linkScenario(queued.id(), scenario);
            }
            scheduler.schedule(solveTask.instance(Long.toString(queued.id())), Instant.now());
            return queued;
        });
        return status(plan.id());
    }

    /** The time limit asked for, or the service default; 400 on {@code field} above the service maximum. */
    public int timeLimit(Integer asked, String field) {
        int seconds = asked == null ? settings.defaultTimeLimitSeconds() : asked;
        if (seconds < 1 || seconds > settings.maxTimeLimitSeconds()) {
            throw new BadRequestException(field, "must be between 1 and " + settings.maxTimeLimitSeconds()
                    + " (caravan.solver.max-time-limit-seconds)");
        }
        return seconds;
    }

    /**
     * Queues a re-plan of {@code solved} (a dataset version made from the parent's), made from {@code parent} with its
     * policy overrides, starting from {@code startFrom} with what is booked in it kept. Inside the caller's
     * transaction, which holds the dataset's lock: the plan and its job are stored with whatever the caller stores.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PlanRecord queueReplan(DatasetVersionId solved, PlanRecord parent, int seconds, String startFrom) {
        PlanRecord queued = lifecycle.queue(solved, seconds, parent.overrides(), datasets.version(solved).participants(),
                parent.id(), startFrom);
        scheduler.schedule(solveTask.instance(Long.toString(queued.id())), Instant.now());
        return queued;
    }

    /**
     * Stops a solve: a queued one at once (keeping a checkpoint it may have from before a restart), a running one at
     * its next step, keeping the best plan so far. Refused for a solve that has ended.
     */
    public PlanView stop(long planId) {
        PlanRecord plan = plans.get(planId);
        if (plan.status().isFinal()) {
            throw new ConflictException("Plan " + planId + " has already ended (" + plan.status() + ").");
        }
        plans.requestStop(planId);
        if (lifecycle.cancel(planId)) {
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

    public PlanView status(long planId) {
        return view(plans.get(planId));
    }

    /** The plans solved for a scenario, oldest first. */
    public List<PlanView> forScenario(long scenarioId) {
        return plans.listForScenario(scenarioId).stream().map(this::view).toList();
    }

    public List<PlanView> forDataset(long datasetId) {
        datasets.get(datasetId);
        return plans.listForDataset(datasetId).stream().map(this::view).toList();
    }

    /** Every plan, or those a planner would now see in {@code status}. */
    public List<PlanView> all(SolveState status) {
        return plans.list(null).stream().map(this::view).filter(view -> status == null || view.status() == status)
                .toList();
    }

    private PlanView view(PlanRecord plan) {
        Optional<RunningSolves.RunningSolve> live = plan.status() == SolveState.SOLVING || plan.status() == SolveState.RESUMING
                ? running.find(plan.id()) : Optional.empty();
        SolveState shown = plan.status() == SolveState.SOLVING && live.isEmpty() && workerSilent(plan)
                ? SolveState.RESUMING : plan.status();
        Integer position = shown == SolveState.QUEUED ? plans.queuePosition(plan.id()) : null;
        PlanScore score = plan.scoreHard() == null ? null
                : new PlanScore(plan.scoreHard(), plan.scoreMedium(), plan.scoreSoft());
        Boolean feasible = plan.feasible();
        Integer brought = plan.brought();
        BigDecimal cost = plan.totalCost();
        SolveProgress progress = live.flatMap(RunningSolves.RunningSolve::latest).orElse(null);
        if (progress != null) {
            score = progress.score();
            feasible = progress.feasible();
            brought = progress.brought();
            cost = progress.totalCost();
        }
        // The stored solving time, never the live clock: it is what a resumed solve carries on from, so what a
        // planner saw can only grow, whichever instance answers and whatever happened to the process in between.
        return new PlanView(plan.id(), plan.datasetId(), plan.datasetVersion(), plan.version(), shown, position,
                plan.timeLimitSeconds(), Math.round(plan.elapsedMs() / 100.0) / 10.0, score, feasible, brought,
                plan.participants(), cost, plan.resumes(), plan.stopRequested(), plan.createdAt(), plan.startedAt(),
                plan.finishedAt(), plan.checkpointAt(), plan.error(),
                plan.overrides() == null ? null : PolicyOverrides.fromJson(plan.overrides()), plan.createdBy(),
                plan.parentPlanId());
    }

    /** Whether the worker of a solve stored as SOLVING has said nothing for longer than the heartbeat timeout. */
    private boolean workerSilent(PlanRecord plan) {
        Duration timeout = settings.heartbeatTimeout();
        return plan.heartbeatAt() == null
                || plan.heartbeatAt().isBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(timeout));
    }
}
