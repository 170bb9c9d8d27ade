package org.caravan.api.config;

import org.apache.commons.logging.impl.NoOpLog;
import org.caravan.solver.PlanningEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerDefaultsTest {

    private final List<Object> warnings = new ArrayList<>();
    private final WorkerDefaults defaults = new WorkerDefaults(destination -> new NoOpLog() {
        @Override
        public void warn(Object message) {
            warnings.add(message);
        }
    });

    @Test
    void leavesACoreForTheApiButKeepsAtLeastOneWorker() {
        assertThat(WorkerDefaults.defaultWorkers(1)).isEqualTo(1);
        assertThat(WorkerDefaults.defaultWorkers(2)).isEqualTo(1);
        assertThat(WorkerDefaults.defaultWorkers(8)).isEqualTo(7);
    }

    @Test
    void aConfiguredWorkerCountWins() {
        StandardEnvironment environment = new StandardEnvironment();
        int configured = PlanningEngine.parallelSolves();
        environment.getPropertySources().addFirst(new MapPropertySource("configured",
                Map.of(WorkerDefaults.WORKERS, Integer.toString(configured))));
        defaults.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(WorkerDefaults.WORKERS, Integer.class)).isEqualTo(configured);

        StandardEnvironment unset = new StandardEnvironment();
        defaults.postProcessEnvironment(unset, new SpringApplication());
        assertThat(unset.getProperty(WorkerDefaults.WORKERS, Integer.class))
                .isEqualTo(WorkerDefaults.defaultWorkers(Runtime.getRuntime().availableProcessors()));
        assertThat(warnings).isEmpty();
    }

    /** More workers than the engine runs at once would let solves wait inside it while their time limit runs. */
    @Test
    void moreWorkersThanTheEngineRunsAtOnceAreCappedAndSaid() {
        StandardEnvironment environment = new StandardEnvironment();
        int asked = PlanningEngine.parallelSolves() + 3;
        environment.getPropertySources().addFirst(new MapPropertySource("configured",
                Map.of(WorkerDefaults.WORKERS, Integer.toString(asked), "db-scheduler.threads", "${caravan.solver.workers}")));
        defaults.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(WorkerDefaults.WORKERS, Integer.class)).isEqualTo(PlanningEngine.parallelSolves());
        assertThat(environment.getProperty("db-scheduler.threads", Integer.class)).isEqualTo(PlanningEngine.parallelSolves());
        assertThat(warnings).singleElement().asString().contains("caravan.solver.workers=" + asked)
                .contains("Using " + PlanningEngine.parallelSolves() + " workers");
    }
}
