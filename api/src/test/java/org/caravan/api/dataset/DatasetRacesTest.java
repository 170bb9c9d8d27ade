package org.caravan.api.dataset;

import org.caravan.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Requests on one dataset at the same moment are served one after the other: one wins, the others are told why. */
class DatasetRacesTest extends ApiTestSupport {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void ofTwentyDeletesOfOneDatasetExactlyOneSucceeds() throws Exception {
        long id = uploadTiny();
        List<Integer> answers = together(20, () -> planner.perform(delete("/api/datasets/{id}", id)).andReturn()
                .getResponse().getStatus());
        Map<Integer, Long> counts = answers.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(204, 1L, 404, 19L));
    }

    @Test
    void startingASolveWhileItsDatasetIsDeletedLetsOneOfThemWin() throws Exception {
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        for (int attempt = 0; attempt < 30; attempt++) {
            long id = uploadTiny();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> solve = both.submit(() -> {
                    start.await();
                    return planner.perform(post("/api/datasets/{id}/plans", id).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"timeLimitSeconds\": 600}")).andReturn().getResponse().getStatus();
                });
                Future<Integer> deletion = both.submit(() -> {
                    start.await();
                    return planner.perform(delete("/api/datasets/{id}", id)).andReturn().getResponse().getStatus();
                });
                int solved = solve.get(30, TimeUnit.SECONDS);
                int deleted = deletion.get(30, TimeUnit.SECONDS);
                int plans = jdbc.sql("select count(*) from plan where dataset_id = ?").param(id).query(Integer.class).single();
                String attemptSays = "attempt " + attempt + ": start " + solved + ", delete " + deleted + ", plans " + plans;
                if (solved == 202) {
                    assertThat(deleted).as(attemptSays).isEqualTo(409);
                    assertThat(plans).as(attemptSays).isEqualTo(1);
                } else {
                    assertThat(solved).as(attemptSays).isEqualTo(404);
                    assertThat(deleted).as(attemptSays).isEqualTo(204);
                    assertThat(plans).as(attemptSays).isZero();
                }
            } finally {
                both.shutdownNow();
            }
        }
    }

    private static <T> List<T> together(int threads, Callable<T> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
