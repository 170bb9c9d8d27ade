package org.caravan.benchmarks.bound;

import org.caravan.benchmarks.cpsat.CpSatModel.Outcome;
import org.caravan.benchmarks.cpsat.CpSatModel;
import org.caravan.benchmarks.support.Fixtures;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.problem.CompiledProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundsTest {

    @Test
    void theKnapsackBoundLeavesOutWhatTheBudgetCannotCover() {
        CombinatorialBound bound = new CombinatorialBound(Fixtures.compiled(Fixtures.tiny()));

        // Three people at a least spend of 599.96 each fit 2,300; a fourth does not, even fractionally by a point.
        assertThat(bound.totalPriority()).isEqualTo(13);
        assertThat(bound.maxBroughtPriority()).isEqualTo(12);
        assertThat(bound.mediumScoreBound()).isEqualTo(-1);
    }

    @Test
    void theKnapsackMoneyBoundIsBelowTheOptimumCpSatProves() {
        CompiledProblem facts = Fixtures.compiled(Fixtures.tiny());
        CombinatorialBound bound = new CombinatorialBound(facts);
        CpSatModel model = new CpSatModel(facts);
        Outcome optimum = model.solve(Duration.ofSeconds(5), 2);

        long optimumMoney = optimum.objective().longValue() - model.priorityWeight();
        assertThat(bound.leastCostFor(12)).isPositive().isLessThanOrEqualTo(optimumMoney);
    }

    @Test
    void theLpBoundCountsTheBedsThatTheKnapsackIgnores() {
        // Everyone is affordable, but without the second twin there are three beds for four people.
        Dataset rich = Fixtures.tiny().withBudget(new Budget(new BigDecimal("5000"), List.of()));
        Hotel hotel = rich.hotels().get(0);
        Dataset threeBeds = rich.withHotels(List.of(new Hotel(hotel.id(), hotel.name(), hotel.lat(), hotel.lon(),
                hotel.stars(), hotel.distanceKm(), hotel.taxPerPersonNight(),
                hotel.rooms().stream().filter(room -> !room.id().equals("r2")).toList(), hotel.address())));
        CompiledProblem facts = Fixtures.compiled(threeBeds);

        assertThat(new CombinatorialBound(facts).mediumScoreBound()).isZero();
        LpBound lp = new LpBound(facts);
        assertThat(lp.mediumScoreBound()).isEqualTo(-1);
        CpSatModel model = new CpSatModel(facts);
        long optimumMoney = model.solve(Duration.ofSeconds(5), 2).objective().longValue() - model.priorityWeight();
        assertThat(lp.leastCostFor(12)).isPositive().isLessThanOrEqualTo(optimumMoney);
    }

    @Test
    void aLooseBudgetBoundsNothingOut() {
        CombinatorialBound bound = new CombinatorialBound(
                Fixtures.compiled(Fixtures.tiny().withBudget(new Budget(new BigDecimal("5000"), List.of()))));

        assertThat(bound.mediumScoreBound()).isZero();
    }

    @Test
    void theBestBoundTakesCpSatsProofWhenItIsTighter() {
        CompiledProblem facts = Fixtures.compiled(Fixtures.tiny().withBudget(new Budget(new BigDecimal("1700"), List.of())));
        CombinatorialBound knapsack = new CombinatorialBound(facts);
        CpSatRelaxation relaxation = new CpSatRelaxation(facts);
        CpSatRelaxation.Proof outcome = relaxation.prove(Duration.ofSeconds(5), 2);

        BestBound best = BestBound.of(knapsack, null, relaxation, outcome);

        // The knapsack lets a fraction of p3 in (medium -2); CP-SAT proves p3 and p4 both stay out (medium -4).
        assertThat(knapsack.mediumScoreBound()).isEqualTo(-2);
        assertThat(best.mediumScore()).isEqualTo(-4);
        assertThat(best.source()).isEqualTo("cp-sat");
        assertThat(best.provenOptimal()).isTrue();
    }
}
