package org.caravan.benchmarks.bound;

import org.caravan.benchmarks.Referee;
import org.caravan.benchmarks.greedy.PlannerGreedy;
import org.caravan.benchmarks.suite.DatasetSpec;
import org.caravan.benchmarks.support.Fixtures;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
            case "self-funded" -> {
                // p1 pays for herself: the budget pays only the others' shares of the twin she shares.
                Dataset tight = tiny.withBudget(new Budget(new BigDecimal("1700"), List.of()));
                yield tight.withParticipants(withFunds(tight, "p1", Fund.SELF));
            }
            case "self-funded-roommate" -> {
                // One twin and the single, budget 1,700: p1 pays for herself and shares the twin with p3, whose half
                // (200) and p2 in the single (1,000) fit the budget; the twin's full price for p3 would not.
                Dataset oneTwin = variant("one-twin").withBudget(new Budget(new BigDecimal("1700"), List.of()));
                yield oneTwin.withParticipants(withFunds(oneTwin, "p1", Fund.SELF));
            }
            case "fund" -> {
                // The men draw on a fund that covers one of them; the budget would cover all four.
                Dataset rich = tiny.withBudget(new Budget(new BigDecimal("5000"),
                        List.of(new Fund("men", "Men's fund", new BigDecimal("1100")))));
                yield rich.withParticipants(withFunds(rich, "p2", "men", "p4", "men"));
            }
            case "household" -> {
                // One twin and the single: a household of a woman and a man may share the twin.
                Dataset oneTwin = variant("one-twin");
                yield oneTwin.withParticipants(oneTwin.participants().stream()
                        .map(p -> p.id().equals("p3") || p.id().equals("p2") ? withHousehold(p, "h1") : p).toList());
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The participants with the funds given as id, fund pairs. */
    private static List<Participant> withFunds(Dataset dataset, String... idAndFund) {
        List<Participant> people = new ArrayList<>();
        for (Participant p : dataset.participants()) {
            String fund = p.fund();
            for (int i = 0; i < idAndFund.length; i += 2) {
                if (idAndFund[i].equals(p.id())) {
                    fund = idAndFund[i + 1];
                }
            }
            people.add(new Participant(p.id(), p.name(), p.gender(), p.nationality(), p.languages(), p.homeAirports(),
                    p.organisation(), p.delegation(), p.role(), p.priority(), p.mustAttend(), fund, p.travelMode(),
                    p.needsLodging(), p.fixedArrival(), p.fixedDeparture(), p.needs(), p.roommateRequests(),
                    p.household(), p.visasHeld(), p.preferredLanguage()));
        }
        return people;
    }

    private static Participant withHousehold(Participant p, String household) {
        return new Participant(p.id(), p.name(), p.gender(), p.nationality(), p.languages(), p.homeAirports(),
                p.organisation(), p.delegation(), p.role(), p.priority(), p.mustAttend(), p.fund(), p.travelMode(),
                p.needsLodging(), p.fixedArrival(), p.fixedDeparture(), p.needs(), p.roommateRequests(), household,
                p.visasHeld(), p.preferredLanguage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"as-is", "rich", "tight", "three-beds", "one-twin", "self-funded", "self-funded-roommate",
            "fund", "household"})
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

    /**
     * Travel and lodging in separate columns is a reformulation, not a further relaxation: on every dataset the LP and
     * its least money at the bound's priority are those of the per-column LP over classes (one column per class, option
     * and kind of room), which a looser or a cutting model would miss.
     */
    @ParameterizedTest
    @ValueSource(strings = {"as-is", "rich", "tight", "three-beds", "one-twin", "self-funded", "self-funded-roommate",
            "fund", "household", "gen:gen-50:50:50:", "gen:gen-300:300:300:", "gen:gen-300-cov0.7:300:301:0.7"})
    void theLpEqualsThePerColumnLpOverClasses(String name) {
        CompiledProblem problem = CompiledProblem.of(name.startsWith("gen:") ? DatasetSpec.parse(name).load()
                : DatasetValidator.valid(variant(name)));

        LpBound lp = new LpBound(problem);
        ClassLpBound perColumn = new ClassLpBound(problem);

        assertThat(lp.mediumScoreBound()).isEqualTo(perColumn.mediumScoreBound());
        long target = lp.totalPriority() + lp.mediumScoreBound();
        assertThat(lp.leastCostFor(target)).isPositive().isEqualTo(perColumn.leastCostFor(target));
    }

    /** Where budget and beds cover 70%, the bound is close to the plans: a relaxation that cut them would show here. */
    @Test
    void onThreeHundredPeopleWithBudgetAndBedsForSeventyPercentNoPlanBeatsTheBound() {
        ValidDataset dataset = DatasetSpec.parse("gen:gen-300-cov0.7:300:301:0.7").load();
        CompiledProblem problem = CompiledProblem.of(dataset);
        LpBound lp = new LpBound(problem);
        long lpMedium = lp.mediumScoreBound();
        long mipMedium = lp.mip(Duration.ofSeconds(10)).mediumScore();

        Plan greedy = Referee.plan(dataset, PlannerGreedy.plan(problem));
        Plan engine;
        try (PlanningEngine planning = new PlanningEngine()) {
            engine = planning.solve(dataset, SolveOptions.forSeconds(5), progress -> { });
        }
        for (Plan plan : List.of(greedy, engine)) {
            CheckReport report = PlanChecker.check(dataset, plan);
            assertThat(report.feasible()).isTrue();
            assertThat(report.mediumScore()).isLessThanOrEqualTo(mipMedium);
        }
        assertThat(mipMedium).isLessThanOrEqualTo(lpMedium).isLessThan(0);
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
