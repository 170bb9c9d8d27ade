package org.caravan.solver.rules;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.construction.GreedyPlacement;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.SolvePolicy;
import org.caravan.solver.mapping.ProblemMapper;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The totals the plan states as costs and penalties are what the constraints add up to, rule by rule, on a plan
 * shuffled so that every soft rule has matches.
 */
class RuleTotalsTest {

    private static final Map<SoftRule, BiFunction<CaravanConstraints, ConstraintFactory, Constraint>> NUISANCES =
            new EnumMap<>(Map.of(
                    SoftRule.NO_COMMON_LANGUAGE, CaravanConstraints::noCommonLanguage,
                    SoftRule.ROOMMATE_COUNTRY, CaravanConstraints::roommateCountry,
                    SoftRule.ROOMMATE_REQUEST_UNMET, CaravanConstraints::roommateRequestUnmet,
                    SoftRule.DELEGATION_SPLIT, CaravanConstraints::delegationSplit,
                    SoftRule.PER_STOP, CaravanConstraints::connections,
                    SoftRule.PER_TRAVEL_HOUR, CaravanConstraints::travelHours,
                    SoftRule.LONG_LAYOVER, CaravanConstraints::longLayovers,
                    SoftRule.ARRIVAL_SLOT, CaravanConstraints::arrivalSlots,
                    SoftRule.VIP_BELOW_STARS, CaravanConstraints::vipBelowStars,
                    SoftRule.DISRUPTION, CaravanConstraints::disruption));

    private final ConstraintVerifier<CaravanConstraints, CaravanSolution> verifier =
            ConstraintVerifier.build(new CaravanConstraints(), CaravanSolution.class, Participant.class);

    @Test
    void eachTotalIsWhatItsConstraintAddsUp() {
        CaravanSolution solution = shuffledPlan();
        RuleTotals totals = RuleTotals.of(solution);

        verifier.verifyThat(CaravanConstraints::flightCost).givenSolution(solution).penalizesBy(totals.flights());
        verifier.verifyThat(CaravanConstraints::roomCost).givenSolution(solution).penalizesBy(totals.rooms());
        verifier.verifyThat(CaravanConstraints::touristTax).givenSolution(solution).penalizesBy(totals.taxes());
        verifier.verifyThat(CaravanConstraints::visaFees).givenSolution(solution).penalizesBy(totals.visas());
        verifier.verifyThat(CaravanConstraints::moneySpent).givenSolution(solution).penalizesBy(totals.spent());
        assertThat(totals.flights()).isPositive();
        assertThat(totals.rooms()).isPositive();
        assertThat(totals.taxes()).isPositive();
        assertThat(totals.visas()).isPositive();
        for (SoftRule rule : SoftRule.values()) {
            assertThat(totals.penalty(rule)).as(rule.key() + " has matches in the fixture").isPositive();
            verifier.verifyThat(NUISANCES.get(rule)).givenSolution(solution).penalizesBy(totals.penalty(rule));
        }
    }

    @Test
    void theTotalsAddUpToTheSoftScore() {
        CaravanSolution solution = shuffledPlan();
        SolutionManager<CaravanSolution, HardMediumSoftLongScore> scores = SolutionManager.create(
                SolverFactory.create(SolverConfig.createFromXmlResource(PlanningEngine.DEFAULT_CONFIG)));
        RuleTotals totals = RuleTotals.of(solution);
        long penalties = totals.penalties().values().stream().mapToLong(Long::longValue).sum();
        assertThat(scores.update(solution).softScore()).isEqualTo(-(totals.costs() + penalties));
    }

    @Test
    void aRuleWeighedAtZeroTotalsNothing() {
        CaravanSolution solution = shuffledPlan();
        SolvePolicy off = solution.getPolicy();
        for (SoftRule rule : SoftRule.values()) {
            off = off.withWeight(rule, 0);
        }
        CaravanSolution nuisancesOff = solution.withPolicy(off);
        RuleTotals totals = RuleTotals.of(nuisancesOff);
        for (SoftRule rule : SoftRule.values()) {
            assertThat(totals.penalty(rule)).as(rule.key()).isZero();
            verifier.verifyThat(NUISANCES.get(rule)).givenSolution(nuisancesOff).penalizesBy(0);
        }
        assertThat(totals.costs()).isEqualTo(RuleTotals.of(solution).costs());
    }

    /**
     * The engine's first plan of a generated event, then a third of the people moved at random to another room and
     * itinerary of theirs (roommates without a language in common, split delegations, VIPs in cheap hotels), and a
     * published plan that differs, for the disruption.
     */
    private static CaravanSolution shuffledPlan() {
        CaravanSolution solution = ProblemMapper.map(DatasetValidator.valid(
                DatasetGenerator.generate(GeneratorOptions.of(200, 5).withBudgetCoverage(0.8)))).solution();
        GreedyPlacement.place(solution);
        Random random = new Random(5);
        for (Participant participant : solution.getParticipants()) {
            if (participant.isOutOfReach()) {
                continue;
            }
            participant.publishedAs(true, participant.itineraryId(), participant.roomId(), participant.stayMask());
            if (random.nextInt(3) == 0) {
                participant.setItinerary(participant.getItineraryRange().get(random.nextInt(participant.getItineraryRange().size())));
                Room room = participant.getRoomRange().get(random.nextInt(participant.getRoomRange().size()));
                participant.setRoom(room);
            }
        }
        return solution;
    }
}
