package org.caravan.benchmarks.bound;

import org.caravan.benchmarks.Referee;
import org.caravan.benchmarks.greedy.PlannerGreedy;
import org.caravan.benchmarks.support.Fixtures;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.problem.CompiledParticipant;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.CompiledRoom;
import org.caravan.data.problem.TravelOption;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregated LP and MIP never cut a feasible plan, and where every plan can be tried they find the exact optimum.
 */
class LpBoundTest {

    /** Variants of the tiny dataset small enough to try every plan: each person out, or any option in any room. */
    private static Dataset variant(String name) {
        Dataset tiny = Fixtures.tiny();
        return switch (name) {
            case "as-is" -> tiny;
            case "rich" -> tiny.withBudget(new Budget(new BigDecimal("5000"), List.of()));
            case "tight" -> tiny.withBudget(new Budget(new BigDecimal("1700"), List.of()));
            case "three-beds" -> {
                Dataset rich = tiny.withBudget(new Budget(new BigDecimal("5000"), List.of()));
                Hotel hotel = rich.hotels().get(0);
                yield rich.withHotels(List.of(new Hotel(hotel.id(), hotel.name(), hotel.lat(), hotel.lon(), hotel.stars(),
                        hotel.distanceKm(), hotel.taxPerPersonNight(),
                        hotel.rooms().stream().filter(room -> !room.id().equals("r2")).toList(), hotel.address())));
            }
            case "one-twin" -> {
                // One twin and the single, budget for all: the women share the twin, a man takes the single, one is out.
                Dataset rich = tiny.withBudget(new Budget(new BigDecimal("5000"), List.of()));
                Hotel hotel = rich.hotels().get(0);
                yield rich.withHotels(List.of(new Hotel(hotel.id(), hotel.name(), hotel.lat(), hotel.lon(), hotel.stars(),
                        hotel.distanceKm(), hotel.taxPerPersonNight(),
                        hotel.rooms().stream().filter(room -> !room.id().equals("r1")).toList(), hotel.address())));
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"as-is", "rich", "tight", "three-beds", "one-twin"})
    void theMipEqualsTheOptimumOfEveryPlanTriedAndTheLpIsNeverBelowIt(String name) {
        ValidDataset dataset = DatasetValidator.valid(variant(name));
        CompiledProblem problem = CompiledProblem.of(dataset);
        long optimum = bestMediumByBruteForce(dataset, problem);

        LpBound lp = new LpBound(problem);
        assertThat(lp.mediumScoreBound()).as("LP bound").isGreaterThanOrEqualTo(optimum);
        LpBound.MipProof mip = lp.mip(Duration.ofSeconds(10));
        assertThat(mip.optimal()).isTrue();
        assertThat(mip.mediumScore()).as("MIP bound").isEqualTo(optimum);
        assertThat(lp.mediumScoreBound()).isEqualTo(optimum);
    }

    @Test
    void onFiftyPeopleNeitherTheGreedyNorTheEngineBeatsTheBound() {
        ValidDataset dataset = DatasetValidator.valid(DatasetGenerator.generate(GeneratorOptions.of(50, 50)));
        CompiledProblem problem = CompiledProblem.of(dataset);
        LpBound lp = new LpBound(problem);
        long lpMedium = lp.mediumScoreBound();
        long mipMedium = lp.mip(Duration.ofSeconds(10)).mediumScore();

        Plan greedy = Referee.plan(dataset, PlannerGreedy.plan(problem));
        Plan engine;
        try (PlanningEngine planning = new PlanningEngine()) {
            engine = planning.solve(dataset, SolveOptions.forSeconds(3), progress -> { });
        }
        for (Plan plan : List.of(greedy, engine)) {
            CheckReport report = PlanChecker.check(dataset, plan);
            assertThat(report.feasible()).isTrue();
            assertThat(report.mediumScore()).isLessThanOrEqualTo(mipMedium);
        }
        assertThat(mipMedium).isLessThanOrEqualTo(lpMedium);
    }

    /** The best medium of every feasible plan: each person left out, or brought with any option in any room. */
    private static long bestMediumByBruteForce(ValidDataset dataset, CompiledProblem problem) {
        List<List<Assignment>> choices = new ArrayList<>();
        for (CompiledParticipant person : problem.participants()) {
            List<Assignment> mine = new ArrayList<>();
            mine.add(Assignment.notBrought(person.id(), List.of()));
            for (TravelOption option : person.options()) {
                if (!person.needsRoom()) {
                    mine.add(new Assignment(person.id(), true, option.itineraryId(), null, null, false, false, null));
                    continue;
                }
                for (CompiledRoom room : problem.rooms()) {
                    mine.add(new Assignment(person.id(), true, option.itineraryId(), room.id(),
                            problem.nights().dates(option.stayMask()), false, false, null));
                }
            }
            choices.add(mine);
        }
        long[] best = {Long.MIN_VALUE};
        tryAll(dataset, choices, 0, new ArrayList<>(), best);
        assertThat(best[0]).as("some feasible plan").isGreaterThan(Long.MIN_VALUE);
        return best[0];
    }

    private static void tryAll(ValidDataset dataset, List<List<Assignment>> choices, int next, List<Assignment> chosen,
            long[] best) {
        if (next == choices.size()) {
            CheckReport report = PlanChecker.check(dataset, new Plan(Plan.FORMAT, dataset.dataset().event().name(), 1,
                    null, false, List.copyOf(chosen), null, null));
            if (report.feasible()) {
                best[0] = Math.max(best[0], report.mediumScore());
            }
            return;
        }
        for (Assignment a : choices.get(next)) {
            chosen.add(a);
            tryAll(dataset, choices, next + 1, chosen, best);
            chosen.remove(chosen.size() - 1);
        }
    }
}
