package org.caravan.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.api.solve.SolveState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code postgres} profile against a real PostgreSQL (127.0.0.1:5432, database test, user postgres, trust auth,
 * or CARAVAN_DB_URL/USER/PASSWORD), in a schema of its own per run so reruns never collide. Skipped with a message
 * when PostgreSQL is unreachable, unless CI=true or CARAVAN_REQUIRE_POSTGRES=true, where that is a failure.
 */
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
@EnabledIf(value = "postgresReachable", disabledReason = "PostgreSQL at 127.0.0.1:5432 (or CARAVAN_DB_URL) is unreachable;"
        + " set CARAVAN_REQUIRE_POSTGRES=true to make this a failure")
class PostgresProfileIT extends ApiTestSupport {

    private static final String URL = env("CARAVAN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("CARAVAN_DB_USER", "postgres");
    private static final String PASSWORD = env("CARAVAN_DB_PASSWORD", "");
    private static final String SCHEMA = "caravan_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Autowired
    private JdbcTemplate jdbc;

    /**
     * Whether the test can run: PostgreSQL answers and the run's schema is created. Unreachable is a skip with its
     * reason, except where PostgreSQL is required (CI=true or CARAVAN_REQUIRE_POSTGRES=true), where it is an error.
     */
    static boolean postgresReachable() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + SCHEMA);
            return true;
        } catch (SQLException e) {
            boolean required = "true".equalsIgnoreCase(System.getenv("CI"))
                    || "true".equalsIgnoreCase(System.getenv("CARAVAN_REQUIRE_POSTGRES"));
            if (required) {
                throw new IllegalStateException("PostgreSQL is required here (CI or CARAVAN_REQUIRE_POSTGRES) but "
                        + URL + " is unreachable: " + e.getMessage(), e);
            }
            System.err.println("PostgresProfileIT skipped: PostgreSQL at " + URL + " is unreachable (" + e.getMessage() + ")");
            return false;
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    /**
     * Drops the run's schema when the context closes, after everything that uses the database: the data source
     * is made to depend on it, so it is destroyed after the data source and thus after the job queue.
     */
    @TestConfiguration
    static class DropSchemaAtClose {

        @Bean
        static BeanFactoryPostProcessor dataSourceDependsOnSchemaDropper() {
            return factory -> factory.getBeanDefinition("dataSource").setDependsOn("schemaDropper");
        }

        @Bean
        DisposableBean schemaDropper() {
            return () -> {
                try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                     Statement statement = connection.createStatement()) {
                    statement.execute("drop schema if exists " + SCHEMA + " cascade");
                }
            };
        }
    }

    @Test
    void storesDatasetsPlansAndCheckpointsAndQueuesSolvesInPostgres() throws Exception {
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");

        long datasetId = uploadTiny();
        planner.perform(get("/api/datasets/{id}", datasetId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.participants[0].name").value("Amina Ben Salah"));

        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        long running = startSolve(datasetId, "{\"timeLimitSeconds\": 60, \"policy\": {\"weights\": {\"perStop\": 0}}}");
        awaitStatus(running, SolveState.SOLVING);
        awaitProgress(running);
        long queued = startSolve(datasetId, "{\"timeLimitSeconds\": 1}");
        JsonNode waiting = planStatus(queued);
        assertThat(waiting.get("status").asText()).isEqualTo("QUEUED");
        assertThat(waiting.get("queuePosition").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where picked = true", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks", Integer.class)).isEqualTo(2);

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (jdbc.queryForObject("select count(*) from plan_checkpoint where plan_id = ?", Integer.class, running) == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(jdbc.queryForObject("select count(*) from plan_checkpoint where plan_id = ?", Integer.class, running)).isEqualTo(1);

        planner.perform(delete("/api/datasets/{id}", datasetId)).andExpect(status().isConflict());
        planner.perform(post("/api/plans/{id}/stop", running)).andExpect(status().isAccepted());
        awaitStatus(running, SolveState.STOPPED);
        awaitStatus(queued, SolveState.DONE);
        planner.perform(get("/api/plans/{id}/result", queued)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        planner.perform(get("/api/datasets/{id}/plans", datasetId)).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].policy.weights.perStop").value(0));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks", Integer.class)).isZero();

        planner.perform(delete("/api/datasets/{id}", datasetId)).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from plan where dataset_id = ?", Integer.class, datasetId)).isZero();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
