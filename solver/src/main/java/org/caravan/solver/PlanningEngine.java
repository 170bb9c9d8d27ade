package org.caravan.solver;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.plan.Plan;
import org.caravan.solver.explain.Explanation;
import org.caravan.solver.explain.ParticipantExplanation;
import org.caravan.solver.explain.Recommendation;

import java.util.List;
import java.util.function.Consumer;

/**
 * Caravan's engine, in the public formats: validate and solve a dataset, explain a plan, recommend placements.
 * Plain Java; the service and the command line both stand on it.
 */
public final class PlanningEngine {

    /**
     * Validates the dataset (throws {@link org.caravan.data.validation.InvalidDatasetException} with every problem),
     * solves it until the time limit or a stop request, reporting each new best plan, and returns the best plan.
     */
    public Plan solve(Dataset dataset, SolveOptions options, Consumer<SolveProgress> listener) {
        throw new UnsupportedOperationException("being written");
    }

    /** The score of the plan, rule by rule, with a justification per match. */
    public Explanation explain(Dataset dataset, Plan plan) {
        throw new UnsupportedOperationException("being written");
    }

    public ParticipantExplanation explainParticipant(Dataset dataset, Plan plan, String participantId) {
        throw new UnsupportedOperationException("being written");
    }

    /** The best few placements for one participant (e.g. a late registration), without changing the plan. */
    public List<Recommendation> recommend(Dataset dataset, Plan plan, String participantId, int limit) {
        throw new UnsupportedOperationException("being written");
    }
}
