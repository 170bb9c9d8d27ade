package org.caravan.api.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.caravan.api.dataset.DatasetVersionId;
import org.caravan.api.dataset.Datasets;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.solve.PlanView;
import org.caravan.api.solve.PolicyOverrides;
import org.caravan.api.solve.ScenarioLink;
import org.caravan.api.solve.SolveRequest;
import org.caravan.api.solve.SolveService;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.scenario.ScenarioOverrides;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidDataset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Scenarios of a dataset: made only when their overrides give a plannable dataset (a 400 names the override that
 * does not), solved as any solve is (queued on the same workers, with positions), each solve a plan that keeps the
 * overrides it was solved with.
 */
@Service
public class Scenarios {

    private final ScenarioStore store;
    private final Datasets datasets;
    private final SolveService solves;
    private final TransactionTemplate transaction;

    Scenarios(ScenarioStore store, Datasets datasets, SolveService solves, TransactionTemplate transaction) {
        this.store = store;
        this.datasets = datasets;
        this.solves = solves;
        this.transaction = transaction;
    }

    public ScenarioView create(long datasetId, ScenarioRequest request) {
        ScenarioOverrides overrides = request.overrides() == null ? ScenarioOverrides.none() : request.overrides();
        PolicyOverrides policy = request.policy() == null ? new PolicyOverrides(null, null, null, null) : request.policy();
        long id = transaction.execute(status -> {
            DatasetVersionId version = datasets.lockVersion(datasetId, request.datasetVersion(), "$.datasetVersion");
            planned(datasets.valid(version), overrides, policy);
            return store.insert(datasetId, version.version(), request.name().strip(), CaravanJson.toJson(overrides),
                    policy.isEmpty() ? null : CaravanJson.toJson(policy));
        });
        return view(store.get(id));
    }

    /** The dataset as the scenario plans it: 400 naming the override or policy field that makes it unplannable. */
    static ValidDataset planned(ValidDataset stored, ScenarioOverrides overrides, PolicyOverrides policy) {
        try {
            ValidDataset changed = overrides.applyTo(stored);
            return policy.isEmpty() ? changed : changed.withPolicy(policy.applyTo(changed.dataset()).policy());
        } catch (InvalidDatasetException e) {
            throw new BadRequestException(e.issues());
        }
    }

    public List<ScenarioView> forDataset(long datasetId) {
        datasets.requireVisible(datasetId);
        return store.listForDataset(datasetId).stream().map(this::view).toList();
    }

    public ScenarioView get(long scenarioId) {
        return view(store.get(scenarioId));
    }

    /** Deletes the scenario; its plans stay, as they were solved. */
    public void delete(long scenarioId) {
        store.get(scenarioId);
        store.delete(scenarioId);
    }

    /** Queues a solve of the scenario; {@code timeLimitSeconds} null takes the service default. */
    public PlanView solve(long scenarioId, Integer timeLimitSeconds) {
        ScenarioStore.Row row = store.get(scenarioId);
        PolicyOverrides policy = policy(row.policy());
        int participants = overrides(row.overrides())
                .applyTo(datasets.valid(new DatasetVersionId(row.datasetId(), row.datasetVersion()))).dataset()
                .participants().size();
        return solves.start(row.datasetId(), new SolveRequest(timeLimitSeconds, policy.isEmpty() ? null : policy,
                row.datasetVersion()), new ScenarioLink(row.id(), row.overrides(), participants));
    }

    public List<PlanView> plans(long scenarioId) {
        store.get(scenarioId);
        return solves.forScenario(scenarioId);
    }

    /** The scenario's name, for the label of its plans in a comparison. */
    public java.util.Optional<String> name(long scenarioId) {
        return store.find(scenarioId).map(ScenarioStore.Row::name);
    }

    private ScenarioView view(ScenarioStore.Row row) {
        return new ScenarioView(row.id(), row.datasetId(), row.datasetVersion(), row.name(), overrides(row.overrides()),
                policy(row.policy()), row.createdAt(), row.createdBy(), solves.forScenario(row.id()));
    }

    private static ScenarioOverrides overrides(String json) {
        return ScenarioLink.read(json);
    }

    private static PolicyOverrides policy(String json) {
        return json == null ? new PolicyOverrides(null, null, null, null) : read(json, PolicyOverrides.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return CaravanJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
