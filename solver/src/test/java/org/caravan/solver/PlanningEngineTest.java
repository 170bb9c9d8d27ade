package org.caravan.solver;

import org.caravan.data.changes.LateChanges;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.ParticipantCost;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Weights;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.generate.LateChangeGenerator;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.explain.Explanation;
import org.caravan.solver.explain.Justification;
import org.caravan.solver.explain.ParticipantExplanation;
import org.caravan.solver.explain.Recommendation;
import org.caravan.solver.explain.Recommendations;
import org.caravan.solver.explain.RuleExplanation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanningEngineTest {

    private static PlanningEngine engine;
    private static Dataset dataset;
    private static ValidDataset valid;
    private static Plan plan;

    @BeforeAll
    static void solveOnce() {
        engine = new PlanningEngine();
        dataset = DatasetGenerator.generate(GeneratorOptions.of(80, 21).withBudgetCoverage(0.7));
        valid = DatasetValidator.valid(dataset);
        plan = engine.solve(valid, SolveOptions.forSeconds(2), progress -> { });
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void explanationAddsUpToTheScore() {
        Explanation explanation = engine.explain(valid, plan);
        assertThat(explanation.score()).isEqualTo(plan.score());
        BigDecimal soft = explanation.rules().stream().filter(rule -> rule.level().equals("SOFT"))
                .map(RuleExplanation::impact).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(soft).isEqualByComparingTo(plan.score().soft());
        RuleExplanation flights = explanation.rules().stream().filter(rule -> rule.rule().equals("Flight cost")).findFirst().orElseThrow();
        assertThat(flights.matches()).isNotEmpty();
        assertThat(flights.impact()).isEqualByComparingTo(plan.costs().flights().negate());
        assertThat(flights.matches().get(0).ids()).isNotEmpty();
    }

    @Test
    void eachRuleIsTheSumOfItsMatches() {
        for (RuleExplanation rule : engine.explain(valid, plan).rules()) {
            BigDecimal matches = rule.matches().stream().map(Justification::impact).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(matches).as(rule.rule()).isEqualByComparingTo(rule.impact());
            assertThat(rule.matches()).as(rule.rule()).hasSize(rule.matchCount());
        }
    }

    @Test
    void broughtParticipantIsExplainedWithTheirItineraryAndRoom() {
        Assignment brought = plan.assignments().stream()
                .filter(assignment -> assignment.brought() && assignment.itinerary() != null && assignment.room() != null)
                .findFirst().orElseThrow();
        ParticipantExplanation explanation = engine.explainParticipant(valid, plan, brought.participant());
        assertThat(explanation.brought()).isTrue();
        assertThat(explanation.itinerary()).isEqualTo(brought.itinerary());
        assertThat(explanation.room()).isEqualTo(brought.room());
        assertThat(explanation.reasons()).anySatisfy(reason -> assertThat(reason).contains(brought.itinerary()))
                .anySatisfy(reason -> assertThat(reason).contains(brought.room()));
        assertThat(explanation.matches()).anySatisfy(match -> assertThat(match.ids()).contains(brought.participant()));
    }

    @Test
    void aBroughtParticipantsExplanationReadsInFrench_theSameItineraryRoomAndMatches() {
        Assignment brought = plan.assignments().stream()
                .filter(assignment -> assignment.brought() && assignment.itinerary() != null && assignment.room() != null)
                .findFirst().orElseThrow();
        ParticipantExplanation english = engine.explainParticipant(valid, plan, brought.participant());

        ParticipantExplanation french = english.in(WrittenLanguage.FR);

        assertThat(english.in(WrittenLanguage.EN)).isEqualTo(english);
        assertThat(french.reasons()).hasSameSizeAs(english.reasons())
                .anySatisfy(reason -> assertThat(reason).startsWith("Prend " + brought.itinerary() + " pour "))
                .anySatisfy(reason -> assertThat(reason).startsWith("Dort dans " + brought.room() + " ("));
        assertThat(french.matches()).extracting(match -> match.ids()).isEqualTo(english.matches().stream().map(match -> match.ids()).toList());
        assertThat(french.matches()).extracting(match -> match.message()).doesNotContainAnyElementsOf(
                english.matches().stream().map(match -> match.message()).toList());
    }

    @Test
    void roommatesAreNamedByNameAndIdInTheExplanation() {
        Assignment sharing = plan.assignments().stream()
                .filter(a -> a.brought() && a.room() != null && plan.assignments().stream().anyMatch(other ->
                        other != a && a.room().equals(other.room()) && other.nights() != null && a.nights() != null
                                && other.nights().stream().anyMatch(a.nights()::contains)))
                .findFirst().orElseThrow();
        Assignment roommate = plan.assignments().stream().filter(other -> other != sharing
                && sharing.room().equals(other.room()) && other.nights().stream().anyMatch(sharing.nights()::contains))
                .findFirst().orElseThrow();
        String name = dataset.participants().stream().filter(p -> p.id().equals(roommate.participant())).findFirst()
                .orElseThrow().name();

        ParticipantExplanation explanation = engine.explainParticipant(valid, plan, sharing.participant());

        assertThat(explanation.reasons()).anySatisfy(reason ->
                assertThat(reason).contains("with").contains(name + " (" + roommate.participant() + ")"));
    }

    @Test
    void everyoneLeftOutHasASpecificReason() {
        List<Assignment> leftOut = plan.assignments().stream().filter(assignment -> !assignment.brought()).toList();
        assertThat(leftOut).as("the budget covers about 70%").isNotEmpty();
        assertThat(leftOut).allSatisfy(assignment -> assertThat(assignment.whyNotBrought()).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.message()).contains(assignment.participant())));
    }

    @Test
    void participantWithoutAnyItineraryFromHomeIsToldSo() {
        Set<String> origins = dataset.flights().itineraries().stream().map(Itinerary::origin).collect(Collectors.toSet());
        String noFlights = dataset.airports().stream().map(airport -> airport.code())
                .filter(code -> !origins.contains(code) && !code.equals(dataset.event().venue().airport())).findFirst().orElseThrow();
        Participant flyer = dataset.participants().stream().filter(p -> p.flies() && !p.mustAttend()).findFirst().orElseThrow();
        List<Participant> participants = new ArrayList<>(dataset.participants());
        participants.set(participants.indexOf(flyer), withHomeAirport(flyer, noFlights));
        Dataset stranded = dataset.withParticipants(participants);

        Plan strandedPlan = engine.solve(DatasetValidator.valid(stranded), SolveOptions.forSeconds(1), progress -> { });

        Assignment assignment = strandedPlan.assignments().stream()
                .filter(a -> a.participant().equals(flyer.id())).findFirst().orElseThrow();
        assertThat(assignment.brought()).isFalse();
        assertThat(assignment.whyNotBrought()).extracting(NotBroughtReason::code).containsExactly(NotBroughtReason.Code.NO_ITINERARY);
        assertThat(assignment.whyNotBrought().get(0).message()).contains(noFlights);
    }

    private static Participant withHomeAirport(Participant p, String airport) {
        return new Participant(p.id(), p.name(), p.gender(), p.nationality(), p.languages(), List.of(airport), p.organisation(),
                p.delegation(), p.role(), p.priority(), p.mustAttend(), p.fund(), p.travelMode(), p.needsLodging(),
                p.fixedArrival(), p.fixedDeparture(), p.needs(), p.roommateRequests(), p.household(), p.visasHeld(), p.preferredLanguage());
    }

    @Test
    void recommendationsRankFeasiblePlacementsFirstWithoutChangingThePlan() {
        String before = CaravanJson.toJson(plan);
        Assignment leftOut = plan.assignments().stream().filter(assignment -> !assignment.brought()).findFirst().orElseThrow();

        Recommendations found = engine.recommend(valid, plan, leftOut.participant(), 3, Duration.ofSeconds(30), () -> false);

        assertThat(found.options()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(found.evaluated()).isGreaterThanOrEqualTo(found.options().size());
        assertThat(found.cutShort()).as("a small event is scored in full within half a minute").isFalse();
        List<Recommendation> options = found.options();
        for (int i = 1; i < options.size(); i++) {
            var better = options.get(i - 1).score();
            var worse = options.get(i).score();
            assertThat(better.hard() > worse.hard() || (better.hard() == worse.hard() && (better.medium() > worse.medium()
                    || (better.medium() == worse.medium() && better.soft().compareTo(worse.soft()) >= 0)))).isTrue();
        }
        if (found.feasible()) {
            assertThat(options.get(0).feasible()).as("feasible placements come first").isTrue();
        } else {
            assertThat(found.summary()).contains("No placement of").contains("is feasible");
        }
        assertThat(options).allSatisfy(option -> assertThat(option.notes()).isNotEmpty());
        assertThat(CaravanJson.toJson(plan)).isEqualTo(before);
    }

    /**
     * Someone important is left out of a plan whose budget is spent to the euro: no placement of theirs is feasible,
     * and the recommendation says so and proposes leaving out someone of lower priority who costs more.
     */
    @Test
    void whenNoPlacementIsFeasibleTheRecommendationSaysSoAndOffersTheBestSwap() {
        CheckReport report = PlanChecker.check(valid, plan);
        Map<String, Participant> people = new HashMap<>();
        dataset.participants().forEach(person -> people.put(person.id(), person));
        BigDecimal cheapest = report.participantCosts().values().stream().map(ParticipantCost::total)
                .min(Comparator.naturalOrder()).orElseThrow();
        // The important one: brought, flying (so that bringing them back costs more than the euro left), not a
        // must-attend, costing little; someone of lower priority costs far more.
        ParticipantCost important = report.participantCosts().values().stream()
                .filter(cost -> !people.get(cost.participant()).mustAttend() && !cost.payer().equals("SELF")
                        && cost.flight().compareTo(BigDecimal.TEN) > 0)
                .filter(cost -> report.participantCosts().values().stream().anyMatch(other ->
                        people.get(other.participant()).priority() < people.get(cost.participant()).priority()
                                && !people.get(other.participant()).mustAttend() && !other.payer().equals("SELF")
                                && people.get(other.participant()).gender() == people.get(cost.participant()).gender()
                                && other.total().compareTo(cost.total().multiply(BigDecimal.valueOf(2))) >= 0))
                .max(Comparator.comparing((ParticipantCost cost) -> people.get(cost.participant()).priority())
                        .thenComparing(cost -> cheapest.subtract(cost.total())))
                .orElseThrow();
        Plan without = new Plan(plan.format(), plan.dataset(), plan.version(), null, true, plan.assignments().stream()
                .map(a -> a.participant().equals(important.participant())
                        ? new Assignment(a.participant(), false, null, null, null, false, false, null) : a)
                .toList(), null, null);
        // What counts against the budget: every payer but the self-paying.
        BigDecimal spent = PlanChecker.check(valid, without).costs().byFund().entrySet().stream()
                .filter(fund -> !fund.getKey().equals("SELF")).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        ValidDataset spentToTheEuro = DatasetValidator.valid(dataset.withBudget(
                new Budget(spent.add(BigDecimal.ONE), dataset.budget().funds())));

        Recommendations found = engine.recommend(spentToTheEuro, without, important.participant(), 3,
                Duration.ofSeconds(10), () -> false);

        assertThat(found.feasible()).isFalse();
        assertThat(found.options()).isNotEmpty().allSatisfy(option -> assertThat(option.feasible()).isFalse());
        assertThat(found.options()).as("the money that stands in the way, in figures").allSatisfy(option ->
                assertThat(String.join(" ", option.notes())).containsAnyOf("The budget has ", "Fund "));
        assertThat(found.summary()).contains("is feasible as the plan stands").doesNotContain("can be placed");
        assertThat(found.swap()).as(found.summary()).isNotNull();
        assertThat(found.swap().leaveOutPriority()).isLessThanOrEqualTo(people.get(important.participant()).priority());
        assertThat(found.swap().impact().hard()).isZero();
        assertThat(found.swap().impact().medium()).isPositive();
        assertThat(found.swap().score().hard()).isZero();
        assertThat(found.summary()).contains("leave out " + people.get(found.swap().leaveOut()).name());
    }

    @Test
    void aRecommendationCutShortByItsCallerSaysSo() {
        Assignment leftOut = plan.assignments().stream().filter(assignment -> !assignment.brought()).findFirst().orElseThrow();

        Recommendations found = engine.recommend(valid, plan, leftOut.participant(), 3, Duration.ofSeconds(5), () -> true);

        assertThat(found.cutShort()).isTrue();
        assertThat(found.evaluated()).isZero();
        assertThat(found.summary()).contains("could be scored within the time budget", "ask again with more seconds",
                "time budget ended the search").doesNotContain("is feasible");
    }

    @Test
    void invalidDatasetNeverReachesTheSolver() {
        Dataset broken = dataset.withBudget(null);
        assertThatThrownBy(() -> engine.solve(DatasetValidator.valid(broken), SolveOptions.forSeconds(1), progress -> { }))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).issues()).anySatisfy(
                        issue -> assertThat(issue.path()).startsWith("$.budget")));
    }

    @Test
    void stopEarlyKeepsTheBestPlan() throws Exception {
        SolveControl control = new SolveControl();
        long start = System.nanoTime();
        CompletableFuture<Plan> solving = CompletableFuture.supplyAsync(() -> engine.solve(valid,
                new SolveOptions(Duration.ofMinutes(5), null, false, control, null), progress -> { }));
        Thread.sleep(1500);
        control.requestStop();
        Plan stopped = solving.get(60, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
        assertThat(stopped.feasible()).isTrue();
        assertThat(stopped.assignments()).hasSize(dataset.participants().size());
    }

    @Test
    void replanMovesPeopleOnlyWhenItPaysMoreThanTheDisruption() {
        Plan replanned = engine.solve(valid, new SolveOptions(Duration.ofSeconds(2), plan, true, null, null), progress -> { });
        assertThat(replanned.version()).isEqualTo(plan.version() + 1);
        assertThat(replanned.basedOn()).as("a re-plan names the plan it was made from").isEqualTo(plan.version());
        assertThat(plan.basedOn()).as("a plan made from scratch is based on none").isNull();
        assertThat(replanned.score().medium()).isGreaterThanOrEqualTo(plan.score().medium());
        if (replanned.score().medium() == plan.score().medium()) {
            assertThat(replanned.score().soft()).as("keeping the published plan would cost no disruption")
                    .isGreaterThanOrEqualTo(plan.score().soft());
        }

        Dataset stubborn = dataset.withPolicy(dataset.policy().withWeights(new Weights(null, null, null, null, null, null,
                null, null, null, new BigDecimal("1000000"))));
        Plan kept = engine.solve(DatasetValidator.valid(stubborn), new SolveOptions(Duration.ofSeconds(2), plan, true, null, null), progress -> { });
        // People come before any money: moving someone can still pay when it lets one more person come.
        assertThat(kept.score().medium()).isGreaterThanOrEqualTo(plan.score().medium());
        if (kept.score().medium() == plan.score().medium()) {
            assertThat(kept.penalties().get("disruption")).isEqualByComparingTo(BigDecimal.ZERO);
        }
    }

    @Test
    void aReplanKeepsEveryBookingEvenWhenMovingPeopleIsFreeAndWouldPay() {
        replanKeepsEveryBooking(dataset, plan, 2);
    }

    /** The same with the large-event search, whose move factories draw changes themselves. */
    @Test
    void aLargeEventReplanKeepsEveryBookingToo() {
        Dataset large = DatasetGenerator.generate(GeneratorOptions.of(PlanningEngine.LARGE_EVENT, 6).withBudgetCoverage(0.8));
        Plan solved = engine.solve(DatasetValidator.valid(large), SolveOptions.forSeconds(3), progress -> { });
        replanKeepsEveryBooking(large, solved, 3);
    }

    private void replanKeepsEveryBooking(Dataset dataset, Plan plan, int seconds) {
        // Every other brought person has a ticket issued and a confirmed room; then the budget doubles and moves
        // cost nothing, so the search has every reason to reshuffle: bookings must hold all the same.
        List<Assignment> booked = new ArrayList<>();
        Set<String> bookedIds = new java.util.HashSet<>();
        int brought = 0;
        for (Assignment a : plan.assignments()) {
            boolean book = a.brought() && brought++ % 2 == 0;
            if (book) {
                bookedIds.add(a.participant());
            }
            booked.add(book ? new Assignment(a.participant(), true, a.itinerary(), a.room(), a.nights(),
                    a.itinerary() != null, a.room() != null, null) : a);
        }
        Plan published = new Plan(plan.format(), plan.dataset(), plan.version(), plan.score(), plan.feasible(), booked,
                plan.costs(), plan.penalties());
        Dataset richer = dataset.withBudget(new org.caravan.data.dataset.Budget(dataset.budget().total().multiply(BigDecimal.valueOf(2)),
                dataset.budget().funds().stream().map(fund -> new org.caravan.data.dataset.Fund(fund.id(), fund.name(),
                        fund.amount().multiply(BigDecimal.valueOf(2)))).toList()))
                .withPolicy(dataset.policy().withWeights(new Weights(null, null, null, null, null, null, null, null, null,
                        BigDecimal.ZERO)));
        ValidDataset changed = DatasetValidator.valid(richer);

        Plan replanned = engine.solve(changed, new SolveOptions(Duration.ofSeconds(seconds), published, true, null, null), progress -> { });

        assertThat(bookedIds).isNotEmpty();
        assertThat(org.caravan.data.check.PlanChecker.check(changed, replanned).feasible()).isTrue();
        for (Assignment before : booked) {
            if (!bookedIds.contains(before.participant())) {
                continue;
            }
            Assignment after = replanned.assignments().stream().filter(a -> a.participant().equals(before.participant()))
                    .findFirst().orElseThrow();
            assertThat(after.brought()).as("%s is booked", before.participant()).isTrue();
            assertThat(after.itinerary()).as("%s has a ticket", before.participant()).isEqualTo(before.itinerary());
            assertThat(after.room()).as("%s has a confirmed room", before.participant()).isEqualTo(before.room());
            assertThat(after.ticketIssued()).isEqualTo(before.ticketIssued());
            assertThat(after.roomConfirmed()).isEqualTo(before.roomConfirmed());
        }
        assertThat(replanned.assignments().stream().filter(Assignment::brought).count())
                .as("the doubled budget is used for others").isGreaterThanOrEqualTo(plan.assignments().stream().filter(Assignment::brought).count());
    }

    @Test
    void aReplanAfterABudgetCutStartsWithinTheMoney() {
        // Half the plan booked at actual prices, then 5% less money: the first plan of the re-plan already fits it
        // (StartRepair leaves out the least needed), instead of starting over budget.
        LateChanges.Applied applied = LateChanges.apply(valid, plan, LateChangeGenerator.document(
                LateChangeGenerator.bookHalf(valid, plan, 4),
                LateChangeGenerator.changes(LateChangeGenerator.Scenario.BUDGET_CUT, valid, plan, 4)));
        List<SolveProgress> reports = new ArrayList<>();

        Plan replanned = engine.solve(applied.dataset(), new SolveOptions(Duration.ofSeconds(2), applied.plan(), true, null,
                Duration.ZERO), reports::add);

        assertThat(reports.get(0).feasible()).as("the first plan of the re-plan: %s", reports.get(0).score()).isTrue();
        assertThat(replanned.feasible()).isTrue();
        assertThat(org.caravan.data.check.PlanChecker.check(applied.dataset(), replanned, applied.plan()).score())
                .isEqualTo(replanned.score());
    }

    @Test
    void aReplanLeavesNoOneMovedWhomPuttingBackAloneWouldNotMakeThePlanWorse() {
        // A fund cut with half the plan booked, and a time limit so short that the searches overrun it on a busy
        // machine: the last stage still puts back, one at a time, whoever no change concerns and the search moved
        // for nothing, so each collateral move left must pay for itself by the checker's score.
        LateChanges.Applied applied = LateChanges.apply(valid, plan, LateChangeGenerator.document(
                LateChangeGenerator.bookHalf(valid, plan, 5),
                LateChangeGenerator.changes(LateChangeGenerator.Scenario.FUND_CUT, valid, plan, 5)));

        Plan replanned = engine.solve(applied.dataset(), new SolveOptions(Duration.ofSeconds(1), applied.plan(), true, null,
                null), progress -> { });

        PlanScore score = PlanChecker.check(applied.dataset(), replanned, applied.plan()).score();
        Comparator<PlanScore> lexicographic = Comparator.comparingLong(PlanScore::hard).thenComparingLong(PlanScore::medium)
                .thenComparing(PlanScore::soft);
        Map<String, Assignment> published = applied.plan().assignments().stream()
                .collect(Collectors.toMap(Assignment::participant, a -> a));
        for (Assignment now : replanned.assignments()) {
            Assignment was = published.get(now.participant());
            if (was == null || applied.concerns(now.participant()) || sameDecision(was, now)) {
                continue;
            }
            List<Assignment> putBack = replanned.assignments().stream().map(a -> a != now ? a
                    : new Assignment(a.participant(), was.brought(), was.itinerary(), was.room(), was.nights(), a.ticketIssued(),
                            a.roomConfirmed(), null, a.ticketPrice(), a.roomPricePerNight())).toList();
            PlanScore back = PlanChecker.check(applied.dataset(), new Plan(replanned.format(), replanned.dataset(),
                    replanned.version(), null, true, putBack, null, null), applied.plan()).score();
            assertThat(lexicographic.compare(back, score)).as("%s put back: %s against %s", now.participant(), back, score)
                    .isNegative();
        }
    }

    private static boolean sameDecision(Assignment was, Assignment now) {
        return was.brought() == now.brought() && (!now.brought() || (java.util.Objects.equals(was.itinerary(), now.itinerary())
                && java.util.Objects.equals(was.room(), now.room()) && java.util.Objects.equals(was.nights(), now.nights())));
    }

    @Test
    void largeEventsSolveWithTheLargeEventSearch() {
        Dataset large = DatasetGenerator.generate(GeneratorOptions.of(PlanningEngine.LARGE_EVENT, 5).withBudgetCoverage(0.8));
        List<SolveProgress> reports = new ArrayList<>();
        Plan solved = engine.solve(DatasetValidator.valid(large), new SolveOptions(Duration.ofSeconds(4), null, false, null, Duration.ofMillis(200)),
                reports::add);
        assertThat(solved.feasible()).isTrue();
        assertThat(solved.assignments()).hasSize(PlanningEngine.LARGE_EVENT);
        // Every report is a new best by the policy's weights, through both stages.
        Comparator<PlanScore> lexicographic = Comparator.comparingLong(PlanScore::hard).thenComparingLong(PlanScore::medium)
                .thenComparing(PlanScore::soft);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(lexicographic.compare(reports.get(i).score(), reports.get(i - 1).score()))
                    .as("report %d (%s) after %s", i, reports.get(i).score(), reports.get(i - 1).score()).isNotNegative();
        }
        assertThat(reports.get(reports.size() - 1).scoreCalculationSpeed()).isPositive();
    }
}
