package org.caravan.api.solve;

import org.caravan.api.ApiTestSupport;
import org.caravan.api.dataset.Datasets;
import org.caravan.data.json.CaravanJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle's writes against the database: a move the stored status does not allow changes nothing. */
class PlanLifecycleStoreTest extends ApiTestSupport {

    @Autowired
    private PlanLifecycle lifecycle;

    @Autowired
    private PlanStore plans;

    @Autowired
    private Datasets datasets;

    @Autowired
    private TransactionTemplate transaction;

    /** A queued plan with no job behind it, so that no worker takes it. */
    private long queuedPlan() throws Exception {
        long datasetId = uploadTiny();
        return inTestOrganisation(() -> transaction.execute(status ->
                lifecycle.queue(datasets.lockVersion(datasetId, null, "version"), 60, null, 5))).id();
    }

    private PlanRecord stored(long id) {
        return asService(() -> plans.get(id));
    }

    @Test
    void aStoppedSolveStaysStoppedWhateverItsWorkerStillSends() throws Exception {
        long id = queuedPlan();
        String plan = CaravanJson.toJson(tinyPlan());
        PlanFigures figures = PlanFigures.of(tinyPlan());

        assertThat(lifecycle.start(id)).isTrue();
        assertThat(lifecycle.start(id)).as("taken once").isFalse();
        assertThat(lifecycle.cancel(id)).as("a worker has it").isFalse();
        assertThat(lifecycle.checkpoint(id, 1_000, plan, figures)).isTrue();
        assertThat(lifecycle.stop(id, plan, figures, 1_500)).isTrue();

        assertThat(lifecycle.checkpoint(id, 2_000, plan, figures)).isFalse();
        assertThat(lifecycle.heartbeat(id, 2_500)).isFalse();
        assertThat(lifecycle.finish(id, plan, figures, 3_000)).isFalse();
        assertThat(lifecycle.suspend(id, 3_500, plan, figures)).isFalse();
        PlanRecord stopped = stored(id);
        assertThat(stopped.status()).isEqualTo(SolveState.STOPPED);
        assertThat(stopped.elapsedMs()).isEqualTo(1_500);
        assertThat(stopped.brought()).isEqualTo(4);
        assertThat(plans.content(id)).isPresent();
    }

    @Test
    void aCancelledPlanIsNotTakenByAWorker() throws Exception {
        long id = queuedPlan();
        assertThat(lifecycle.cancel(id)).isTrue();
        assertThat(lifecycle.start(id)).isFalse();
        assertThat(lifecycle.resume(id)).isFalse();
        assertThat(stored(id).status()).isEqualTo(SolveState.STOPPED);
        assertThat(stored(id).finishedAt()).isNotNull();
    }

    @Test
    void aResumedSolveCountsItsResumeAndIsSolvingOnlyOnceStartedAgain() throws Exception {
        long id = queuedPlan();
        lifecycle.start(id);
        assertThat(lifecycle.resume(id)).isTrue();
        assertThat(stored(id).status()).isEqualTo(SolveState.RESUMING);
        assertThat(stored(id).resumes()).isEqualTo(1);
        assertThat(lifecycle.checkpoint(id, 1_000, CaravanJson.toJson(tinyPlan()), PlanFigures.of(tinyPlan())))
                .as("nothing to checkpoint before the engine reports").isFalse();
        assertThat(lifecycle.heartbeat(id, 1_200)).isTrue();
        assertThat(stored(id).status()).isEqualTo(SolveState.RESUMING);
        assertThat(lifecycle.start(id)).isTrue();
        assertThat(stored(id).status()).isEqualTo(SolveState.SOLVING);
        assertThat(stored(id).elapsedMs()).isEqualTo(1_200);
        assertThat(lifecycle.fail(id, "x".repeat(3_000), null)).isTrue();
        assertThat(stored(id).error()).hasSize(2_000).endsWith("...");
    }
}
