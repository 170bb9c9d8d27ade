package org.caravan.solver.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.caravan.data.problem.Night;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The planning problem and its solution: participants with their itineraries and rooms, and the facts the rules read. */
@PlanningSolution
public class CaravanSolution {

    @ProblemFactCollectionProperty
    private List<Night> nights;
    @ProblemFactCollectionProperty
    private List<Room> rooms;
    @ProblemFactCollectionProperty
    private List<Payer> payers;
    @ProblemFactProperty
    private Budget budget;
    /** The roommate-country switch and the soft rules' money weights this solution is scored by. */
    @ProblemFactProperty
    private SolvePolicy policy;
    @ProblemFactCollectionProperty
    private List<RoommateRequest> roommateRequests;
    @PlanningEntityCollectionProperty
    private List<Participant> participants;
    @PlanningScore
    private @Nullable HardMediumSoftLongScore score;

    @SuppressWarnings("unused")
    private CaravanSolution() {
        // for the solver's cloning
    }

    public CaravanSolution(List<Night> nights, List<Room> rooms, List<Payer> payers, Budget budget,
            SolvePolicy policy, List<RoommateRequest> roommateRequests, List<Participant> participants) {
        this.nights = nights;
        this.rooms = rooms;
        this.payers = payers;
        this.budget = budget;
        this.policy = policy;
        this.roommateRequests = roommateRequests;
        this.participants = participants;
    }

    public List<Night> getNights() {
        return nights;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<Payer> getPayers() {
        return payers;
    }

    public Budget getBudget() {
        return budget;
    }

    public SolvePolicy getPolicy() {
        return policy;
    }

    public List<RoommateRequest> getRoommateRequests() {
        return roommateRequests;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    /** The same plan, on the same facts and participants, scored by another policy (not yet scored). */
    public CaravanSolution withPolicy(SolvePolicy other) {
        return new CaravanSolution(nights, rooms, payers, budget, other, roommateRequests, participants);
    }

    public @Nullable HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftLongScore score) {
        this.score = score;
    }
}
