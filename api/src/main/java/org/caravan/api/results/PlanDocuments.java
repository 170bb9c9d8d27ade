package org.caravan.api.results;

import org.caravan.api.dataset.DatasetStore;
import org.caravan.api.problem.ConflictException;
import org.caravan.api.solve.PlanRecord;
import org.caravan.api.solve.PlanStatus;
import org.caravan.api.solve.PlanStore;
import org.caravan.api.solve.RunningSolves;
import org.caravan.api.solve.SolveService;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.SolveProgress;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The plan behind a plan id, with the dataset exactly as it was solved (the stored dataset with the solve's policy
 * overrides): the final plan once the solve has ended, else the best plan so far.
 */
@Service
public class PlanDocuments {

    private final PlanStore plans;
    private final DatasetStore datasets;
    private final RunningSolves running;
    private final SolveService solves;

    public PlanDocuments(PlanStore plans, DatasetStore datasets, RunningSolves running, SolveService solves) {
        this.plans = plans;
        this.datasets = datasets;
        this.running = running;
        this.solves = solves;
    }

    /** The plan document as JSON text; 409 while there is none yet (queued, or failed before any plan). */
    public String json(long planId) {
        PlanRecord record = plans.get(planId);
        Optional<String> live = record.status() == PlanStatus.SOLVING
                ? running.find(planId).flatMap(solve -> solve.latest()).map(SolveProgress::plan).map(plan ->
                        CaravanJson.toJson(new Plan(Plan.FORMAT, plan.dataset(), record.version(), plan.score(),
                                plan.feasible(), plan.assignments(), plan.costs(), plan.penalties())))
                : Optional.empty();
        return live.or(() -> plans.bestPlan(planId)).orElseThrow(() -> new ConflictException("Plan " + planId
                + " has no plan yet (status " + record.status() + "); try again once it is solving."));
    }

    public PlanInContext load(long planId) {
        String json = json(planId);
        PlanRecord record = plans.get(planId);
        ValidDataset dataset = DatasetValidator.valid(solves.effectiveDataset(record));
        try {
            return new PlanInContext(record, dataset, CaravanJson.readPlan(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored plan " + planId + " cannot be read back", e);
        }
    }

    /** A plan with its record and the dataset it was solved from. */
    public record PlanInContext(PlanRecord record, ValidDataset dataset, Plan plan) {
    }
}
