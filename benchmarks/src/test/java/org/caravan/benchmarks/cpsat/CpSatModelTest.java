package org.caravan.benchmarks.cpsat;

import com.google.ortools.sat.CpSolverStatus;
import org.caravan.benchmarks.Referee;
import org.caravan.benchmarks.bound.CpSatRelaxation;
import org.caravan.benchmarks.cpsat.CpSatModel.Outcome;
import org.caravan.benchmarks.greedy.PlannerGreedy;
import org.caravan.benchmarks.support.Fixtures;
import org.caravan.data.dataset.Budget;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CpSatModelTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void provesTheOptimumOfTheTinyDataset() {
        CompiledProblem facts = Fixtures.compiled(Fixtures.tiny());
        Outcome outcome = new CpSatModel(facts).solve(LIMIT, 2);

        assertThat(outcome.status()).isEqualTo(CpSolverStatus.OPTIMAL);
        Map<String, Assignment> plan = byParticipant(outcome.assignments());
        // The budget of 2,300 covers three people: the three highest priorities (12 points) beat any other three.
        assertThat(plan.get("p4").brought()).isFalse();
        assertThat(List.of("p1", "p2", "p3")).allMatch(p -> plan.get(p).brought());
        // One priority point left out, then money: two twins for 4 nights (800) and fares 400 + 400 + 600.
        long leftOut = Math.floorDiv((long) outcome.bound(), outcome.priorityWeight());
        assertThat(leftOut).isEqualTo(1);
        long moneyAndModelledPenalties = (long) outcome.bound() - leftOut * outcome.priorityWeight();
        assertThat(moneyAndModelledPenalties).isGreaterThanOrEqualTo(220_000);
        assertThat(plan.get("p1").room()).isEqualTo(plan.get("p3").room());
        assertThat(plan.get("p2").room()).isNotEqualTo(plan.get("p1").room());
    }

    @Test
    void itsPlanOnAGeneratedDatasetIsFeasibleForTheChecker() {
        ValidDataset dataset = DatasetValidator.valid(DatasetGenerator.generate(GeneratorOptions.of(50, 7).withBudgetCoverage(0.6)));
        Outcome outcome = new CpSatModel(CompiledProblem.of(dataset)).firstSolution(Duration.ofSeconds(60), 2);

        assertThat(outcome.hasSolution()).isTrue();
        Plan plan = Referee.plan(dataset, outcome.assignments());
        assertThat(plan.feasible()).as(Referee.judge(dataset, plan).summary()).isTrue();
    }

    @Test
    void startedFromTheGreedysPlanItDoesAtLeastAsWell() {
        ValidDataset dataset = DatasetValidator.valid(DatasetGenerator.generate(GeneratorOptions.of(50, 7).withBudgetCoverage(0.6)));
        CompiledProblem facts = CompiledProblem.of(dataset);
        Plan greedy = Referee.plan(dataset, PlannerGreedy.plan(facts));
        Outcome outcome = new CpSatModel(facts, greedy.assignments()).firstSolution(Duration.ofSeconds(60), 2);

        assertThat(outcome.hasSolution()).isTrue();
        Plan plan = Referee.plan(dataset, outcome.assignments());
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.score().medium()).isGreaterThanOrEqualTo(greedy.score().medium());
    }

    @Test
    void bringsEveryoneWhenTheBudgetAllows() {
        CompiledProblem facts = Fixtures.compiled(Fixtures.tiny().withBudget(new Budget(new BigDecimal("5000"), List.of())));
        Outcome outcome = new CpSatModel(facts).solve(LIMIT, 2);

        assertThat(outcome.assignments()).allMatch(Assignment::brought);
        assertThat(outcome.timeToFirstSolution()).isNotNull();
    }

    @Test
    void theRelaxationNeverBoundsAboveThePlanItFound() {
        CompiledProblem facts = Fixtures.compiled(Fixtures.tiny());
        Outcome plan = new CpSatModel(facts).solve(LIMIT, 2);
        CpSatRelaxation relaxation = new CpSatRelaxation(facts);
        CpSatRelaxation.Proof proof = relaxation.prove(LIMIT, 2);

        assertThat(proof.status()).isEqualTo(CpSolverStatus.OPTIMAL);
        assertThat(relaxation.priorityWeight()).isEqualTo(new CpSatModel(facts).priorityWeight());
        assertThat(proof.bound()).isLessThanOrEqualTo(plan.objective());
        assertThat(Math.floorDiv((long) proof.bound(), relaxation.priorityWeight())).isEqualTo(1);
    }

    @Test
    void aTighterBudgetLeavesMoreOut() {
        CompiledProblem facts = Fixtures.compiled(Fixtures.tiny().withBudget(new Budget(new BigDecimal("1700"), List.of())));
        Outcome outcome = new CpSatModel(facts).solve(LIMIT, 2);

        // 1,700 covers two people (two cheap fares and two rooms: 1,600), best p1 and p2.
        assertThat(outcome.assignments()).filteredOn(Assignment::brought).extracting(Assignment::participant)
                .containsExactlyInAnyOrder("p1", "p2");
    }

    private static Map<String, Assignment> byParticipant(List<Assignment> assignments) {
        return assignments.stream().collect(Collectors.toMap(Assignment::participant, Function.identity()));
    }
}
