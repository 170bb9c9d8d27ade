package org.caravan.solver.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
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
    @ProblemFactProperty
    private RoomingPolicy roomingPolicy;
    @ProblemFactCollectionProperty
    private List<RoommateRequest> roommateRequests;
    @PlanningEntityCollectionProperty
    private List<Participant> participants;
    /** The policy's money weights of the soft rules, by constraint name; zero switches a rule off. */
    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;
    @PlanningScore
    private @Nullable HardMediumSoftLongScore score;

    @SuppressWarnings("unused")
    private CaravanSolution() {
        // for the solver's cloning
    }

    public CaravanSolution(List<Night> nights, List<Room> rooms, List<Payer> payers, Budget budget,
            RoomingPolicy roomingPolicy, List<RoommateRequest> roommateRequests, List<Participant> participants,
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.nights = nights;
        this.rooms = rooms;
        this.payers = payers;
        this.budget = budget;
        this.roomingPolicy = roomingPolicy;
        this.roommateRequests = roommateRequests;
        this.participants = participants;
        this.constraintWeightOverrides = constraintWeightOverrides;
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

    public RoomingPolicy getRoomingPolicy() {
        return roomingPolicy;
    }

    public List<RoommateRequest> getRoommateRequests() {
        return roommateRequests;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    /** The same plan, on the same facts and participants, weighed with other constraint weights. */
    public CaravanSolution withWeights(ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
        return new CaravanSolution(nights, rooms, payers, budget, roomingPolicy, roommateRequests, participants, weights);
    }

    public @Nullable HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftLongScore score) {
        this.score = score;
    }
}
