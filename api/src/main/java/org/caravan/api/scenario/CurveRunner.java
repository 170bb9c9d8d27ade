package org.caravan.api.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.caravan.api.dataset.DatasetVersionId;
import org.caravan.api.dataset.Datasets;
import org.caravan.api.problem.BadRequestException;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a budget curve on a worker of the job queue: its levels one after the other with {@link BudgetCurve}, each
 * starting from the best plan of the level below, storing the levels as each ends; then, if asked, the smallest
 * budget that brings everyone with a given priority. Each move of the curve's status is asked of {@link CurveStore}.
 */
@Service
class CurveRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CurveRunner.class);

    /** What the job stores: the levels so far and, once found, the threshold. */
    record Result(List<BudgetCurve.Level> levels, BudgetCurve.Threshold threshold) {
    }

    private final CurveStore store;
    private final Datasets datasets;
    private final PlanningEngine engine;

    CurveRunner(CurveStore store, Datasets datasets, PlanningEngine engine) {
        this.store = store;
        this.datasets = datasets;
        this.engine = engine;
    }

    /** Runs a queued curve on the job's worker thread. */
    void run(long curveId) {
        CurveStore.Row row = store.find(curveId).orElse(null);
        if (row == null || !store.start(curveId)) {
            return;
        }
        try {
            CurveRequest request = CaravanJson.mapper().readValue(row.request(), CurveRequest.class);
            ValidDataset dataset = datasets.valid(new DatasetVersionId(row.datasetId(), row.datasetVersion()));
            List<BigDecimal> levels = BudgetCurves.levels(request, dataset.dataset().budget().total());
            boolean keepFunds = Boolean.TRUE.equals(request.keepFunds());
            // Settled when the curve was asked for (BudgetCurves.start).
            Duration perLevel = Duration.ofSeconds(request.secondsPerLevel());
            List<BudgetCurve.Level> solved = new ArrayList<>();
            BudgetCurve.run(engine, dataset, levels, keepFunds, perLevel, new SolveControl(), (level, done) -> {
                solved.add(done.level());
                store.level(curveId, CaravanJson.toJson(new Result(solved, null)));
            });
            BudgetCurve.Threshold threshold = null;
            if (request.everyoneFromPriority() != null) {
                BigDecimal highest = levels.get(levels.size() - 1);
                BigDecimal precision = request.precision() != null ? request.precision()
                        : highest.divide(BigDecimal.valueOf(100), 0, RoundingMode.UP).max(BigDecimal.ONE);
                threshold = BudgetCurve.threshold(engine, dataset, request.everyoneFromPriority(), BigDecimal.ZERO,
                        highest, precision, keepFunds, perLevel);
            }
            store.finish(curveId, CaravanJson.toJson(new Result(solved, threshold)));
        } catch (BadRequestException | InvalidDatasetException e) {
            store.fail(curveId, e.getMessage());
        } catch (JsonProcessingException e) {
            store.fail(curveId, "The stored request could not be read: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            LOG.error("The budget curve {} failed", curveId, e);
            store.fail(curveId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

}
