package org.caravan.api.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.caravan.api.dataset.DatasetVersionId;
import org.caravan.api.dataset.Datasets;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.solve.SolveService;
import org.caravan.api.problem.ConflictException;
import org.caravan.data.json.CaravanJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Budget curves asked of the service: checked and queued here as one job on the solve workers (queued like a solve),
 * run by {@link CurveRunner}, read back as JSON and SVG.
 */
@Service
public class BudgetCurves {

    static final int MAX_LEVELS = 15;

    private final CurveStore store;
    private final Datasets datasets;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Long> curveTask;
    private final TransactionTemplate transaction;
    private final SolveService solves;

    BudgetCurves(CurveStore store, Datasets datasets, SchedulerClient scheduler, OneTimeTask<Long> curveTask,
            TransactionTemplate transaction, SolveService solves) {
        this.store = store;
        this.datasets = datasets;
        this.scheduler = scheduler;
        this.curveTask = curveTask;
        this.transaction = transaction;
        this.solves = solves;
    }

    public CurveView start(long datasetId, CurveRequest request) {
        CurveRequest asked = request == null ? new CurveRequest(null, null, null, null, null, null, null, null, null) : request;
        CurveRequest settled = asked.withSecondsPerLevel(solves.timeLimit(asked.secondsPerLevel(), "$.secondsPerLevel"));
        long id = transaction.execute(status -> {
            DatasetVersionId version = datasets.lockVersion(datasetId, asked.datasetVersion(), "$.datasetVersion");
            levels(asked, datasets.valid(version).dataset().budget().total());
            long curve = store.queue(datasetId, version.version(), CaravanJson.toJson(settled));
            scheduler.schedule(curveTask.instance(Long.toString(curve)), Instant.now());
            return curve;
        });
        return view(store.get(id));
    }

    /** The levels asked, increasing; 400 naming the field when they make no sense. */
    static List<BigDecimal> levels(CurveRequest request, BigDecimal datasetBudget) {
        boolean amounts = request.budgets() != null && !request.budgets().isEmpty();
        boolean shares = request.from() != null || request.to() != null;
        if (amounts == shares) {
            throw new BadRequestException("$.budgets", "Give the levels as budgets (amounts) or as from and to (shares "
                    + "of the dataset's budget, e.g. 0.7 and 1.3), not both and not neither.");
        }
        List<BigDecimal> levels;
        try {
            if (amounts) {
                levels = BudgetCurve.amounts(request.budgets());
            } else if (request.from() == null || request.to() == null) {
                throw new BadRequestException(request.from() == null ? "$.from" : "$.to", "Give both from and to.");
            } else {
                levels = BudgetCurve.shares(datasetBudget, request.from(), request.to(),
                        request.steps() == null ? 5 : request.steps());
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(amounts ? "$.budgets" : "$.to", e.getMessage());
        }
        if (levels.size() > MAX_LEVELS) {
            throw new BadRequestException("$.budgets", "At most " + MAX_LEVELS + " levels; got " + levels.size() + ".");
        }
        return levels;
    }

    public CurveView get(long curveId) {
        return view(store.get(curveId));
    }

    public List<CurveView> forDataset(long datasetId) {
        datasets.requireVisible(datasetId);
        return store.listForDataset(datasetId).stream().map(this::view).toList();
    }

    /** The curve as an SVG chart for a donor report; 409 while it has no level yet. */
    public String svg(long curveId) {
        CurveView curve = get(curveId);
        if (curve.levels().isEmpty()) {
            throw new ConflictException("Budget curve " + curveId + " has no level yet (" + curve.status() + ").");
        }
        return BudgetCurve.svg(curve.levels(), curve.chart().currency());
    }

    private CurveView view(CurveStore.Row row) {
        CurveRunner.Result result = row.levels() == null ? new CurveRunner.Result(List.of(), null) : read(row.levels());
        String currency = datasets.valid(new DatasetVersionId(row.datasetId(), row.datasetVersion())).dataset().event()
                .currency();
        CurveRequest request;
        try {
            request = CaravanJson.mapper().readValue(row.request(), CurveRequest.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return new CurveView(row.id(), row.datasetId(), row.datasetVersion(), row.status().name(), request,
                result.levels(), CurveView.Chart.of(result.levels(), currency == null ? "" : currency),
                result.threshold(), row.error(), row.createdAt(), row.finishedAt(), row.createdBy());
    }

    private static CurveRunner.Result read(String json) {
        try {
            return CaravanJson.mapper().readValue(json, CurveRunner.Result.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

}
