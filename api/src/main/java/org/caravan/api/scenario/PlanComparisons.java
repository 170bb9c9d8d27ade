package org.caravan.api.scenario;

import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.ConflictException;
import org.caravan.api.solve.PlanInputs;
import org.caravan.api.solve.PlanRecord;
import org.caravan.api.solve.PlanStore;
import org.caravan.data.compare.ComparedPlan;
import org.caravan.data.compare.PlanComparison;
import org.caravan.data.json.CaravanJson;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Plans of the caller's organisation side by side, each judged against the dataset it was solved from. */
@Service
public class PlanComparisons {

    static final int MAX_PLANS = 8;

    private final PlanStore plans;
    private final PlanInputs inputs;
    private final Scenarios scenarios;

    PlanComparisons(PlanStore plans, PlanInputs inputs, Scenarios scenarios) {
        this.plans = plans;
        this.inputs = inputs;
        this.scenarios = scenarios;
    }

    public PlanComparison compare(List<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids == null ? List.of() : ids));
        if (distinct.size() < 2 || distinct.size() > MAX_PLANS) {
            throw new BadRequestException("ids", "Give from 2 to " + MAX_PLANS + " different plan ids, e.g. ids=12,13; got "
                    + distinct.size() + ".");
        }
        List<ComparedPlan> compared = new ArrayList<>();
        for (long id : distinct) {
            PlanRecord record = plans.get(id);
            String json = plans.bestPlan(id).orElseThrow(() -> new ConflictException("Plan " + id
                    + " has no plan yet (" + record.status() + "); compare it once its solve has found one."));
            compared.add(new ComparedPlan(label(record), inputs.dataset(record), read(json)));
        }
        return PlanComparison.of(compared);
    }

    /** "plan 12", or "plan 12 (Without the 2-star hotel)" for a scenario's plan. */
    private String label(PlanRecord record) {
        String plan = "plan " + record.id();
        return plans.scenarioOf(record.id()).flatMap(scenarios::name).map(name -> plan + " (" + name + ")").orElse(plan);
    }

    private static org.caravan.data.plan.Plan read(String json) {
        try {
            return CaravanJson.readPlan(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
