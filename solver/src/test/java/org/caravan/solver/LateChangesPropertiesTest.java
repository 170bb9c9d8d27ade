package org.caravan.solver;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.caravan.data.changes.LateChanges;
import org.caravan.data.check.Breach;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Participant;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.generate.LateChangeGenerator;
import org.caravan.data.generate.LateChangeGenerator.Scenario;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.rules.HardRule;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of late changes on generated datasets with half the plan booked, then a short re-plan. What holds
 * on every try:
 * <ul>
 * <li>each application lists a booking as broken exactly when the changed dataset no longer allows the booked item,
 * as the independent checker judges the published plan on the changed dataset (participant gone; itinerary unknown or
 * not allowed for them; room unknown or not held on a night of their stay);</li>
 * <li>a booking no change broke never moves: the re-plan brings the person on the ticketed itinerary and in the
 * confirmed room;</li>
 * <li>the re-plan's score, costs and penalties are the checker's, disruption included;</li>
 * <li>the re-plan is feasible whenever the changed dataset allows it in this sense: the plan that keeps, from the
 * published plan, every booked or must-attend person whose itinerary and room are still valid and drops everyone
 * else is feasible by the checker. (When even that plan breaks a hard rule, for a fund cut below what is already
 * booked, nothing is asserted about feasibility.)</li>
 * </ul>
 * Few tries and one-second solves, so the run stays well under half a minute.
 */
class LateChangesPropertiesTest {

    private static final PlanningEngine ENGINE = new PlanningEngine();
    private static final Map<Long, Base> BASES = new ConcurrentHashMap<>();

    private record Base(ValidDataset dataset, Plan plan) {
    }

    private static Base base(long seed) {
        return BASES.computeIfAbsent(seed, s -> {
            ValidDataset dataset = DatasetValidator.valid(DatasetGenerator.generate(GeneratorOptions.of(50, s).withBudgetCoverage(0.8)));
            return new Base(dataset, ENGINE.solve(dataset, SolveOptions.forSeconds(1), progress -> { }));
        });
    }

    @AfterContainer
    static void closeEngine() {
        ENGINE.close();
    }

    @Provide
    Arbitrary<List<Scenario>> scenarios() {
        return Arbitraries.of(Scenario.class).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 10, seed = "20261202", shrinking = ShrinkingMode.OFF)
    void bookingsHoldBrokenOnesAreListedAndTheReplanIsFeasible(@ForAll("scenarios") List<Scenario> scenarios,
            @ForAll("datasetSeeds") long datasetSeed, @ForAll long changeSeed) {
        Base base = base(datasetSeed);
        LateChanges.Applied booked = LateChanges.apply(base.dataset(), base.plan(),
                LateChangeGenerator.document(LateChangeGenerator.bookHalf(base.dataset(), base.plan(), changeSeed)));
        assertThat(booked.brokenBookings()).isEmpty();
        ValidDataset dataset = booked.dataset();
        Plan published = booked.plan();
        for (int i = 0; i < scenarios.size(); i++) {
            var changes = LateChangeGenerator.changes(scenarios.get(i), dataset, published, changeSeed + i);
            if (changes.isEmpty()) {
                continue;
            }
            LateChanges.Applied applied = LateChanges.apply(dataset, published, LateChangeGenerator.document(changes));
            assertThat(brokenParticipants(applied.brokenBookings())).as("broken bookings after %s", scenarios.get(i))
                    .isEqualTo(expectedBroken(applied.dataset(), published));
            dataset = applied.dataset();
            published = applied.plan();
        }

        Plan replanned = ENGINE.solve(dataset, new SolveOptions(Duration.ofSeconds(1), published, true, null, null), progress -> { });

        Map<String, Assignment> after = replanned.assignments().stream().collect(Collectors.toMap(Assignment::participant, a -> a));
        for (Assignment before : published.assignments()) {
            Assignment now = after.get(before.participant());
            if (before.ticketIssued()) {
                assertThat(now.brought()).as("%s has a ticket", before.participant()).isTrue();
                assertThat(now.itinerary()).as("%s's ticket", before.participant()).isEqualTo(before.itinerary());
                assertThat(now.ticketPrice()).isEqualTo(before.ticketPrice());
            }
            if (before.roomConfirmed()) {
                assertThat(now.brought()).as("%s has a confirmed room", before.participant()).isTrue();
                assertThat(now.room()).as("%s's confirmed room", before.participant()).isEqualTo(before.room());
            }
        }
        CheckReport report = PlanChecker.check(dataset, replanned, published);
        assertThat(report.inconsistencies()).as("the re-plan against the checker").isEmpty();
        assertThat(replanned.score()).isEqualTo(report.score());

        boolean allowed = PlanChecker.check(dataset, witness(dataset, published)).feasible();
        Statistics.label("a feasible plan is known to exist").collect(allowed);
        if (allowed) {
            assertThat(report.feasible()).as("the re-plan of %s: %s", scenarios, report.breaches()).isTrue();
        }
    }

    @Provide
    Arbitrary<Long> datasetSeeds() {
        return Arbitraries.of(1L, 2L);
    }

    /** The participant each broken-booking line is about: the text begins with their id. */
    private static Set<String> brokenParticipants(List<String> lines) {
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            int end = line.indexOf(' ');
            String first = line.substring(0, end);
            ids.add(first.endsWith("'s") ? first.substring(0, first.length() - 2) : first);
        }
        return ids;
    }

    /** The booked participants of {@code published} whose booked item the changed dataset no longer allows. */
    private static Set<String> expectedBroken(ValidDataset changed, Plan published) {
        Set<String> present = changed.dataset().participants().stream().map(Participant::id).collect(Collectors.toSet());
        List<Assignment> kept = published.assignments().stream().filter(a -> present.contains(a.participant())).toList();
        CheckReport report = PlanChecker.check(changed, new Plan(Plan.FORMAT, published.dataset(), 1, null, false, kept, null, null));
        Set<String> broken = new HashSet<>();
        for (Assignment a : published.assignments()) {
            String id = a.participant();
            boolean ticketBroken = a.ticketIssued() && (!present.contains(id)
                    || mentions(report.breaches(HardRule.ITINERARY_NOT_ALLOWED), id)
                    || report.inconsistencies().stream().anyMatch(text -> text.startsWith("Participant " + id + " has unknown itinerary")));
            boolean roomBroken = a.roomConfirmed() && (!present.contains(id)
                    || mentions(report.breaches(HardRule.ROOM_UNAVAILABLE), id)
                    || report.inconsistencies().stream().anyMatch(text -> text.startsWith("Participant " + id + " has unknown room")));
            if (ticketBroken || roomBroken) {
                broken.add(id);
            }
        }
        return broken;
    }

    private static boolean mentions(List<Breach> breaches, String id) {
        return breaches.stream().anyMatch(breach -> breach.ids().contains(id));
    }

    /**
     * The published plan keeping only the booked and must-attend people whose decisions the changed dataset still
     * allows (the checker finds no breach naming them alone), everyone else not brought.
     */
    private static Plan witness(ValidDataset changed, Plan published) {
        Map<String, Participant> people = new HashMap<>();
        changed.dataset().participants().forEach(p -> people.put(p.id(), p));
        List<Assignment> kept = published.assignments().stream().filter(a -> people.containsKey(a.participant())).toList();
        CheckReport report = PlanChecker.check(changed, new Plan(Plan.FORMAT, published.dataset(), 1, null, false, kept, null, null));
        Set<String> invalid = new HashSet<>();
        for (HardRule rule : List.of(HardRule.ITINERARY_NOT_ALLOWED, HardRule.ROOM_UNAVAILABLE, HardRule.HALF_BROUGHT,
                HardRule.ACCESSIBLE_ROOM_MISSING)) {
            report.breaches(rule).forEach(breach -> invalid.addAll(breach.ids()));
        }
        List<Assignment> witness = new ArrayList<>();
        for (Participant person : changed.dataset().participants()) {
            Assignment a = kept.stream().filter(k -> k.participant().equals(person.id())).findFirst().orElse(null);
            boolean keep = a != null && a.brought() && !invalid.contains(person.id())
                    && (a.ticketIssued() || a.roomConfirmed() || person.mustAttend());
            witness.add(keep ? new Assignment(a.participant(), true, a.itinerary(), a.room(),
                    changed.index().nights(person, person.flies() ? changed.index().itinerary(a.itinerary()) : null),
                    a.ticketIssued(), a.roomConfirmed(), null, a.ticketPrice(), a.roomPricePerNight())
                    : Assignment.notBrought(person.id(), List.of()));
        }
        return new Plan(Plan.FORMAT, published.dataset(), 1, null, false, witness, null, null);
    }
}
