package org.caravan.api.scenario;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.caravan.api.security.OrganisationScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A budget curve is a db-scheduler one-time task (instance id: the curve id) on the same workers as solves, so it
 * waits its turn behind them and survives restarts in the queue. A curve whose process died is taken up again from
 * its first level (its levels are few and short); the curve records its own failures.
 */
@Configuration
class CurveJobs {

    static final String TASK = "budget-curve";

    @Bean
    OneTimeTask<Long> curveTask(CurveRunner curves) {
        return Tasks.oneTime(TASK, Long.class)
                .execute((instance, context) -> OrganisationScope.asService(() -> curves.run(Long.parseLong(instance.getId()))));
    }
}
