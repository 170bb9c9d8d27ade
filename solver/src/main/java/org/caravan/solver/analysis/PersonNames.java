package org.caravan.solver.analysis;

import org.caravan.solver.mapping.CaravanProblem;

/** People as planners read them in explanations and recommendations: name and id, since two may share a name. */
final class PersonNames {

    private PersonNames() {
    }

    static String of(CaravanProblem problem, String participantId) {
        var facts = problem.index().participant(participantId);
        return facts == null ? participantId : facts.name() + " (" + participantId + ")";
    }
}
