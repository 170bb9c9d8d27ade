package org.caravan.api.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Sets the default number of solve workers to one less than the cores (at least one), so a core stays free for the
 * API. It is added last, so {@code caravan.solver.workers} from any property source or the command line wins.
 */
public final class WorkerDefaults implements EnvironmentPostProcessor {

    static final String WORKERS = "caravan.solver.workers";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        int workers = defaultWorkers(Runtime.getRuntime().availableProcessors());
        environment.getPropertySources().addLast(new MapPropertySource("caravanWorkerDefaults", Map.of(WORKERS, workers)));
    }

    static int defaultWorkers(int cores) {
        return Math.max(1, cores - 1);
    }
}
