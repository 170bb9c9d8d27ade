package org.caravan.solver.search;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Participant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BringOneDropOneTest {

    /** The search moves of this package with late acceptance, for a solver run in FULL_ASSERT. */
    static final String SEARCH_MOVES = "org/caravan/solver/search/search-moves.xml";

    @Test
    void aDrawBringsSomeoneLeftOutInPlaceOfALowerPriorityOfTheSamePayer() {
        CaravanSolution solution = SearchFixture.firstPlan(80, 41, 0.6);
        List<Participant> everyone = solution.getParticipants();
        List<Participant> left = everyone.stream().filter(RandomMoves.Step::mayComeIn).toList();
        assertThat(left).isNotEmpty();
        Placement placement = Placement.of(everyone);
        Random random = new Random(3);
        int found = 0;
        for (int draw = 0; draw < 400; draw++) {
            BringOneDropOne.Swap swap = BringOneDropOne.draw(everyone, placement, left.get(random.nextInt(left.size())), random);
            if (swap == null) {
                continue;
            }
            found++;
            assertThat(swap.in().isBrought()).isFalse();
            assertThat(swap.out().isBrought()).isTrue();
            assertThat(swap.out().isMustAttend()).isFalse();
            assertThat(swap.out().getPayer()).isEqualTo(swap.in().getPayer());
            assertThat(swap.out().getPriority()).isLessThanOrEqualTo(swap.in().getPriority());
            assertThat(swap.in().getItineraryRange()).contains(swap.itinerary());
            assertThat(swap.in().getRoomRange()).contains(swap.room());
            assertThat(Placement.fits(everyone, swap.in(), swap.itinerary(), swap.room(), swap.out())).isTrue();
        }
        assertThat(found).as("swaps found in 400 draws").isGreaterThan(10);
    }

    /**
     * FULL_ASSERT recomputes the score after every move and its undo: a move that corrupts the plan or does not undo
     * fails the solve. The final plan must then agree with the independent checker and stay feasible.
     */
    @Test
    void theSearchMovesKeepThePlanValidAndUndoable() {
        ValidDataset dataset = DatasetValidator.valid(
                DatasetGenerator.generate(GeneratorOptions.of(50, 42).withBudgetCoverage(0.6)));
        SolverConfig config = SolverConfig.createFromXmlResource(SEARCH_MOVES);
        config.setEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        try (PlanningEngine engine = new PlanningEngine(config)) {
            Plan plan = engine.solve(dataset, SolveOptions.forSeconds(3), progress -> { });
            assertThat(plan.feasible()).isTrue();
            assertThat(PlanChecker.check(dataset, plan).score()).isEqualTo(plan.score());
        }
    }
}
