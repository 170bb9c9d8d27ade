package org.caravan.benchmarks.greedy;

import org.caravan.benchmarks.Referee;
import org.caravan.benchmarks.support.Fixtures;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Participant;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.NotBroughtReason.Code;
import org.caravan.data.plan.Plan;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerGreedyTest {

    private static Map<String, Assignment> plan(Dataset dataset) {
        return PlannerGreedy.plan(Fixtures.compiled(dataset)).stream()
                .collect(Collectors.toMap(Assignment::participant, Function.identity()));
    }

    @Test
    void bringsByPriorityWhileTheBudgetLasts() {
        Map<String, Assignment> plan = plan(Fixtures.tiny());

        assertThat(plan.get("p1").brought()).isTrue();
        assertThat(plan.get("p2").brought()).isTrue();
        assertThat(plan.get("p3").brought()).isTrue();
        assertThat(plan.get("p4").brought()).isFalse();
        assertThat(plan.get("p4").whyNotBrought()).extracting(reason -> reason.code()).containsExactly(Code.BUDGET);
    }

    @Test
    void itsPlanIsFeasibleForTheCheckerWhichScoresIt() {
        ValidDataset tiny = DatasetValidator.valid(Fixtures.tiny());
        Plan plan = Referee.plan(tiny, PlannerGreedy.plan(CompiledProblem.of(tiny)));

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.score().medium()).isEqualTo(-1);
        // Fares 400 + 400 + 600 and two twins for four nights, plus the checker's penalties.
        assertThat(plan.costs().total()).isEqualByComparingTo("2200.00");
        assertThat(plan.score().soft()).isLessThan(new BigDecimal("-2200.00"));
    }

    @Test
    void staysWithinBudgetAndFundsToTheCentOnAGeneratedDataset() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(50, 7).withBudgetCoverage(0.6));
        ValidDataset valid = DatasetValidator.valid(dataset);
        Plan plan = Referee.plan(valid, PlannerGreedy.plan(CompiledProblem.of(valid)));

        assertThat(plan.feasible()).as(Referee.judge(valid, plan).summary()).isTrue();
        assertThat(plan.assignments()).anyMatch(a -> !a.brought());
    }

    @Test
    void aLargerBudgetBringsEveryone() {
        Dataset rich = Fixtures.tiny().withBudget(new Budget(new BigDecimal("5000"), List.of()));

        assertThat(plan(rich).values()).allMatch(Assignment::brought);
    }

    @Test
    void takesTheCheapestItineraryUntilItsSeatsRunOut() {
        Map<String, Assignment> plan = plan(Fixtures.tiny());

        assertThat(plan.get("p1").itinerary()).isEqualTo("it-cheap");
        assertThat(plan.get("p2").itinerary()).isEqualTo("it-cheap");
        assertThat(plan.get("p3").itinerary()).isEqualTo("it-dear");
    }

    @Test
    void sharesRoomsOnlyWithinAGenderAndFillsThemBeforeOpeningAnother() {
        Dataset rich = Fixtures.tiny().withBudget(new Budget(new BigDecimal("5000"), List.of()));
        Map<String, Assignment> plan = plan(rich);

        assertThat(plan.get("p3").room()).isEqualTo(plan.get("p1").room());
        assertThat(plan.get("p4").room()).isEqualTo(plan.get("p2").room());
        assertThat(plan.get("p1").room()).isNotEqualTo(plan.get("p2").room());
        assertThat(plan.get("p1").nights()).containsExactly(LocalDate.parse("2026-03-24"),
                LocalDate.parse("2026-03-25"), LocalDate.parse("2026-03-26"), LocalDate.parse("2026-03-27"));
    }

    @Test
    void givesASingleRoomNeedARoomAlone() {
        Dataset dataset = withParticipant(Fixtures.tiny().withBudget(new Budget(new BigDecimal("5000"), List.of())),
                "p3", p -> new Participant(p.id(), p.name(), p.gender(), p.nationality(), p.languages(),
                        p.homeAirports(), p.organisation(), p.delegation(), p.role(), p.priority(), p.mustAttend(),
                        p.fund(), p.travelMode(), p.needsLodging(), p.fixedArrival(), p.fixedDeparture(),
                        new org.caravan.data.dataset.Needs(true, false), p.roommateRequests(), p.household(),
                        p.visasHeld(), p.preferredLanguage()));
        Map<String, Assignment> plan = plan(dataset);

        assertThat(plan.get("p3").room()).isNotEqualTo(plan.get("p1").room());
        assertThat(plan.values()).filteredOn(a -> plan.get("p3").room().equals(a.room())).hasSize(1);
    }

    @Test
    void keepsAHouseholdOfMixedGendersTogetherOnlyWhenDeclared() {
        Dataset rich = Fixtures.tiny().withBudget(new Budget(new BigDecimal("5000"), List.of()));
        Dataset couple = withParticipant(withParticipant(rich, "p1", p -> household(p, "hh1")), "p2",
                p -> household(p, "hh1"));
        Map<String, Assignment> plan = plan(couple);

        // p1 opens a room; p2 (M, same household) now shares it as the cheaper choice.
        assertThat(plan.get("p2").room()).isEqualTo(plan.get("p1").room());
        assertThat(plan.get("p3").room()).isNotEqualTo(plan.get("p1").room());
    }

    private static Participant household(Participant p, String household) {
        return new Participant(p.id(), p.name(), p.gender(), p.nationality(), p.languages(), p.homeAirports(),
                p.organisation(), p.delegation(), p.role(), p.priority(), p.mustAttend(), p.fund(), p.travelMode(),
                p.needsLodging(), p.fixedArrival(), p.fixedDeparture(), p.needs(), p.roommateRequests(), household,
                p.visasHeld(), p.preferredLanguage());
    }

    private static Dataset withParticipant(Dataset dataset, String id, Function<Participant, Participant> change) {
        List<Participant> participants = new ArrayList<>();
        for (Participant p : dataset.participants()) {
            participants.add(p.id().equals(id) ? change.apply(p) : p);
        }
        assertThat(participants).extracting(Participant::gender).contains(Gender.F, Gender.M);
        return dataset.withParticipants(participants);
    }
}
