package org.caravan.api.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.caravan.api.security.OrganisationScope;
import org.caravan.api.solve.PlanStore;
import org.caravan.api.solve.RunningSolves;
import org.caravan.api.solve.SolveState;
import org.caravan.solver.SolveProgress;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * The solves as /actuator/prometheus shows them: how many wait and run (across every instance of the shared
 * database), how many run in this process, and how fast their scores are calculated. Tags name states only, never an
 * organisation, dataset, plan or person; the duration timer is {@code caravan.solve.duration} (see RunningSolves).
 */
@Component
class SolveMetrics implements MeterBinder {

    private final PlanStore plans;
    private final RunningSolves running;

    SolveMetrics(PlanStore plans, RunningSolves running) {
        this.plans = plans;
        this.running = running;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("caravan.solves", () -> count(EnumSet.of(SolveState.QUEUED))).tag("state", "queued")
                .description("Solves waiting for a worker, on every instance").register(registry);
        Gauge.builder("caravan.solves", () -> count(EnumSet.of(SolveState.SOLVING, SolveState.RESUMING)))
                .tag("state", "running").description("Solves solving or resuming, on every instance").register(registry);
        Gauge.builder("caravan.solves.local", running, solves -> solves.all().size())
                .description("Solves running in this process").register(registry);
        Gauge.builder("caravan.solver.score.calculation.speed", running, solves -> solves.all().stream()
                        .mapToLong(solve -> solve.latest().map(SolveProgress::scoreCalculationSpeed).orElse(0L)).sum())
                .baseUnit("calculations.per.second")
                .description("Score calculations per second of the solves running in this process, summed")
                .register(registry);
    }

    private int count(Set<SolveState> states) {
        return OrganisationScope.asService(() -> plans.list(states).size());
    }
}
