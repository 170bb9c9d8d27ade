package org.caravan.api.results;

import org.caravan.api.problem.ConflictException;
import org.caravan.api.solve.PlanInputs;
import org.caravan.api.solve.PlanRecord;
import org.caravan.api.solve.PlanStore;
import org.caravan.api.solve.RunningSolves;
import org.caravan.api.solve.RunningSolves.RunningSolve;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The plan behind a plan id, with the dataset exactly as it was solved (its dataset version with the solve's policy
 * overrides): the final plan once the solve has ended, else the best plan so far.
 */
@Service
public class PlanDocuments {

    private final PlanStore plans;
    private final RunningSolves running;
    private final PlanInputs inputs;

    public PlanDocuments(PlanStore plans, RunningSolves running, PlanInputs inputs) {
        this.plans = plans;
        this.running = running;
        this.inputs = inputs;
    }

    /** The plan document as JSON text; 409 while there is none yet (queued, or failed before any plan). */
    public String json(long planId) {
        return json(plans.get(planId));
    }

    private String json(PlanRecord record) {
        Optional<String> live = running.find(record.id()).flatMap(RunningSolve::latestPlan).map(CaravanJson::toJson);
        return live.or(() -> plans.bestPlan(record.id())).orElseThrow(() -> new ConflictException("Plan " + record.id()
                + " has no plan yet (status " + record.status() + "); try again once it is solving."));
    }

    public PlanInContext load(long planId) {
        PlanRecord record = plans.get(planId);
        String json = json(record);
        ValidDataset dataset = inputs.dataset(record);
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
