package org.caravan.api.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerDefaultsTest {

    @Test
    void leavesACoreForTheApiButKeepsAtLeastOneWorker() {
        assertThat(WorkerDefaults.defaultWorkers(1)).isEqualTo(1);
        assertThat(WorkerDefaults.defaultWorkers(2)).isEqualTo(1);
        assertThat(WorkerDefaults.defaultWorkers(8)).isEqualTo(7);
    }

    @Test
    void aConfiguredWorkerCountWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured", Map.of(WorkerDefaults.WORKERS, "3")));
        new WorkerDefaults().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(WorkerDefaults.WORKERS, Integer.class)).isEqualTo(3);

        StandardEnvironment unset = new StandardEnvironment();
        new WorkerDefaults().postProcessEnvironment(unset, new SpringApplication());
        assertThat(unset.getProperty(WorkerDefaults.WORKERS, Integer.class))
                .isEqualTo(WorkerDefaults.defaultWorkers(Runtime.getRuntime().availableProcessors()));
    }
}
