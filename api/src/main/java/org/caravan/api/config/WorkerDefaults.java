package org.caravan.api.config;

import org.apache.commons.logging.Log;
import org.caravan.solver.PlanningEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Sets the default number of solve workers to one less than the cores (at least one), so a core stays free for the
 * API. It is added last, so {@code caravan.solver.workers} from any property source or the command line wins, up to
 * what the engine runs at once ({@link PlanningEngine#parallelSolves()}): a worker beyond that would wait inside
 * the engine while its solve's time limit runs, so the setting is capped there, and the log says so.
 */
public final class WorkerDefaults implements EnvironmentPostProcessor {

    static final String WORKERS = "caravan.solver.workers";
    /** What was asked when the setting was capped; the start-up banner repeats it. */
    static final String CAPPED_FROM = "caravan.solver.workers-capped-from";

    private final Log log;

    public WorkerDefaults(DeferredLogFactory logs) {
        this.log = logs.getLog(WorkerDefaults.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        int workers = defaultWorkers(Runtime.getRuntime().availableProcessors());
        environment.getPropertySources().addLast(new MapPropertySource("caravanWorkerDefaults", Map.of(WORKERS, workers)));
        Integer asked = asked(environment);
        int capacity = PlanningEngine.parallelSolves();
        if (asked != null && asked > capacity) {
            environment.getPropertySources().addFirst(new MapPropertySource("caravanWorkerCap",
                    Map.of(WORKERS, capacity, CAPPED_FROM, asked)));
            log.warn(capped(asked, capacity));
        }
    }

    private static Integer asked(ConfigurableEnvironment environment) {
        try {
            return environment.getProperty(WORKERS, Integer.class);
        } catch (RuntimeException notANumber) {
            // Binding reports it with the property's name.
            return null;
        }
    }

    static String capped(int asked, int capacity) {
        return ("caravan.solver.workers=%d is more than the engine runs at once on this machine (%d): a solve beyond "
                + "that would wait while its time limit runs. Using %d workers; further solves wait QUEUED.")
                .formatted(asked, capacity, capacity);
    }

    static int defaultWorkers(int cores) {
        return Math.max(1, cores - 1);
    }
}
