package org.caravan.api.solve;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.caravan.api.ApiTestSupport;
import org.caravan.api.dataset.Datasets;
import org.caravan.data.json.CaravanJson;
import org.caravan.solver.SolveOptions;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A solve whose process died (kill -9) between a checkpoint and its next heartbeat, as the database has it: SOLVING,
 * a checkpoint at 6.6 s, solving time stored up to 8.0 s, and a worker that went silent. A planner watching it must
 * see the truth (RESUMING, not SOLVING, until it is solving again) and a clock that never goes back.
 */
class ResumeAfterCrashTest extends ApiTestSupport {

    @Autowired
    private PlanLifecycle lifecycle;

    @Autowired
    private Datasets datasets;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private SchedulerClient scheduler;

    @Autowired
    private OneTimeTask<Void> solveTask;

    private final List<Double> seen = new ArrayList<>();

    @Test
    void aSolveWhoseProcessDiedShowsResumingUntilItSolvesAndItsClockNeverGoesBack() throws Exception {
        long datasetId = uploadTiny();
        long planId = inTestOrganisation(() -> transaction.execute(status ->
                lifecycle.queue(datasets.lockVersion(datasetId, null, "version"), 60, null, 5))).id();
        lifecycle.start(planId);
        lifecycle.checkpoint(planId, 6_600, CaravanJson.toJson(tinyPlan().withVersion(1)), PlanFigures.of(tinyPlan()));
        lifecycle.heartbeat(planId, 8_000);
        jdbc.sql("update plan set heartbeat_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), planId).update();

        JsonNode dead = watch(planId);
        assertThat(dead.get("status").asText()).as("nothing is solving it").isEqualTo("RESUMING");

        CountDownLatch engineReadsCheckpoint = new CountDownLatch(1);
        when(engine.solve(any(), any(), any())).thenAnswer(invocation -> {
            engineReadsCheckpoint.await(10, TimeUnit.SECONDS);
            return solvingUntilStopped(tinyPlan()).answer(invocation);
        });
        // What the job queue does once it notices the dead worker.
        scheduler.schedule(solveTask.instance(Long.toString(planId)), Instant.now());
        ArgumentCaptor<SolveOptions> options = ArgumentCaptor.forClass(SolveOptions.class);
        verify(engine, timeout(5_000)).solve(any(), options.capture(), any());
        for (int i = 0; i < 5; i++) {
            JsonNode resuming = watch(planId);
            assertThat(resuming.get("status").asText()).as("a worker has it, but it is not solving yet").isEqualTo("RESUMING");
            assertThat(resuming.get("resumes").asInt()).isEqualTo(1);
            Thread.sleep(100);
        }
        assertThat(options.getValue().startFrom()).as("from its checkpoint").isNotNull();
        assertThat(options.getValue().timeLimit()).as("the time stored as solved counts as spent")
                .isEqualTo(Duration.ofMillis(52_000));

        engineReadsCheckpoint.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!watch(planId).get("status").asText().equals("SOLVING")) {
            assertThat(System.nanoTime()).as("solving again").isLessThan(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(500);
        watch(planId);
        planner.perform(post("/api/plans/{id}/stop", planId)).andExpect(status().isAccepted());
        awaitStatus(planId, SolveState.STOPPED);
        watch(planId);

        assertThat(seen.get(0)).isEqualTo(8.0);
        assertThat(seen).as("elapsedSeconds as a planner saw it, poll after poll").isSorted();
        assertThat(seen.get(seen.size() - 1)).isGreaterThan(8.0);
    }

    private JsonNode watch(long planId) throws Exception {
        JsonNode status = planStatus(planId);
        seen.add(status.get("elapsedSeconds").asDouble());
        return status;
    }
}
