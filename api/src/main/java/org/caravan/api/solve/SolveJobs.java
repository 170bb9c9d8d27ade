package org.caravan.api.solve;

import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.caravan.api.security.OrganisationScope;
import org.caravan.solver.PlanningEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Instant;

/**
 * Solves are db-scheduler one-time tasks (instance id: the plan id), so the queue lives in the database: it
 * survives restarts and can be shared by several instances. db-scheduler's worker threads are the solve workers
 * (db-scheduler.threads = caravan.solver.workers). A task whose process died stops sending heartbeats and is revived
 * by whichever instance notices; the runner then resumes it from its checkpoint. Jobs run as the service itself,
 * which sees every organisation's plans.
 */
@Configuration
public class SolveJobs {

    public static final String TASK = "solve-plan";
    private static final Logger LOG = LoggerFactory.getLogger(SolveJobs.class);
    private static final int MAX_FAILURES = 5;

    @Bean
    PlanningEngine planningEngine() {
        return new PlanningEngine();
    }

    @Bean
    OneTimeTask<Void> solveTask(SolveRunner runner, PlanStore plans, PlanLifecycle lifecycle) {
        return Tasks.oneTime(TASK, Void.class)
                .onFailure((ExecutionComplete complete, ExecutionOperations<Void> operations) -> OrganisationScope.asService(() -> {
                    long planId = Long.parseLong(complete.getExecution().taskInstance.getId());
                    boolean suspended = complete.getCause().filter(SolveRunner.SolveSuspended.class::isInstance).isPresent();
                    if (suspended) {
                        operations.reschedule(complete, Instant.now().plusSeconds(2));
                    } else if (complete.getExecution().consecutiveFailures + 1 >= MAX_FAILURES) {
                        // The runner records solve failures itself; reaching here means the database or the queue failed.
                        LOG.error("Giving up on plan {} after {} failed attempts", planId, MAX_FAILURES);
                        lifecycle.fail(planId, "The solve job failed " + MAX_FAILURES + " times; see the service log.",
                                plans.bestPlan(planId).orElse(null));
                        operations.remove();
                    } else {
                        operations.reschedule(complete, Instant.now().plusSeconds(10));
                    }
                }))
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> OrganisationScope.asService(() -> runner.run(Long.parseLong(instance.getId()))));
    }
}
