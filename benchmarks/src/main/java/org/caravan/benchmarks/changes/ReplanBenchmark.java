package org.caravan.benchmarks.changes;

import org.caravan.benchmarks.suite.DatasetSpec;
import org.caravan.data.changes.ChangeList;
import org.caravan.data.changes.InvalidChangesException;
import org.caravan.data.changes.LateChanges;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.generate.LateChangeGenerator.Scenario;
import org.caravan.data.generate.LateChangeGenerator;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.rules.DisruptionRule;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.SolveProgress;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The late-changes benchmark (benchmarks/README.md, "Late changes"): on each dataset, a published plan, then for each
 * of the ten change sets of {@link LateChangeGenerator} with half the plan booked, the re-plan from the published plan
 * against a solve of the changed dataset from scratch with the same wall time. Both are judged by the checker against
 * the published plan: time to the first feasible plan, people moved whom no change concerns (collateral, by the rule
 * {@link LateChanges.Applied#concerns} that the change list reads), bookings moved, priority left out and money.
 *
 * <p>Arguments: {@code --datasets flagship,gen-2000} (names: {@code flagship}, {@code gen-N} for
 * {@code generate --participants N --seed 7}), {@code --seconds N} (each re-plan and each solve from scratch),
 * {@code --publish-seconds N} (the published plan, written to {@code DIR/<dataset>-published.json}), {@code --out DIR},
 * {@code --published DIR} (the published plans of an earlier run's {@code --out DIR} instead of new ones: two engines
 * compared on the same plans, since a timed solve differs from run to run).
 */
public final class ReplanBenchmark {

    private ReplanBenchmark() {
    }

    /** What one solve of a changed dataset gives, judged against the published plan. */
    record Outcome(String how, @Nullable Duration firstFeasible, boolean feasible, long brought, long medium,
            String soft, String cost, int collateral, String collateralKinds, int moneyCollateral, int concernedMoved,
            int bookingsMoved, boolean agrees) {
    }

    record Row(String dataset, Scenario scenario, int changes, int concerned, int broken, Outcome replan, Outcome scratch) {
    }

    public static void main(String[] args) throws IOException {
        List<String> datasets = List.of("flagship");
        long seconds = 5;
        long publishSeconds = 10;
        Path publishedFrom = null;
        Path out = Path.of("benchmarks/results",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm")) + "-replan");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--datasets" -> datasets = List.of(args[i + 1].split(","));
                case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
                case "--publish-seconds" -> publishSeconds = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--published" -> publishedFrom = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; the options are --datasets, --seconds, --publish-seconds, --published and --out.");
            }
        }
        List<Row> rows = new ArrayList<>();
        Files.createDirectories(out);
        try (PlanningEngine engine = new PlanningEngine()) {
            for (String name : datasets) {
                ValidDataset dataset = spec(name).load();
                Path kept = publishedFrom == null ? null : publishedFrom.resolve(name + "-published.json");
                if (kept != null && !Files.exists(kept)) {
                    throw new IllegalArgumentException("--published " + publishedFrom + " has no " + kept.getFileName()
                            + "; it is the --out folder of an earlier run on the same datasets.");
                }
                Plan published = kept != null ? CaravanJson.readPlan(kept)
                        : engine.solve(dataset, SolveOptions.forSeconds(publishSeconds), progress -> { });
                System.out.printf(Locale.ROOT, "%s: published plan %s, %d brought%n", name, published.score(),
                        published.assignments().stream().filter(Assignment::brought).count());
                // The published plan differs from run to run (a timed solve): kept, so that a row can be looked into.
                CaravanJson.write(out.resolve(name + "-published.json"), published);
                for (Scenario scenario : Scenario.values()) {
                    try {
                        Row row = run(engine, name, dataset, published, scenario, Duration.ofSeconds(seconds));
                        rows.add(row);
                        System.out.println(line(row));
                    } catch (InvalidChangesException refused) {
                        System.out.println(name + " " + scenario + " refused: " + refused.getMessage());
                    }
                }
            }
        }
        Files.writeString(out.resolve("report.md"), report(rows, seconds,
                publishedFrom == null ? publishSeconds + " s" : "read from " + publishedFrom));
        Files.writeString(out.resolve("results.csv"), csv(rows));
        System.out.println("Report: " + out.resolve("report.md"));
    }

    static DatasetSpec spec(String name) {
        if (name.equals("flagship")) {
            return DatasetSpec.file("flagship", Path.of("data/samples/djerba-2026.json"));
        }
        if (name.startsWith("gen-")) {
            return DatasetSpec.generated(Integer.parseInt(name.substring(4)), 7, null);
        }
        throw new IllegalArgumentException("A dataset is flagship or gen-N, not " + name);
    }

    static Row run(PlanningEngine engine, String name, ValidDataset dataset, Plan published, Scenario scenario, Duration time) {
        long seed = scenario.ordinal() + 1L;
        var changes = LateChangeGenerator.changes(scenario, dataset, published, seed);
        LateChanges.Applied applied = LateChanges.apply(dataset, published,
                LateChangeGenerator.document(LateChangeGenerator.bookHalf(dataset, published, seed), changes));
        Outcome replan = solve(engine, applied, new SolveOptions(time, applied.plan(), true, null, Duration.ofMillis(50)), "re-plan");
        Outcome scratch = solve(engine, applied, new SolveOptions(time, null, false, null, Duration.ofMillis(50)), "from scratch");
        return new Row(name, scenario, changes.size(), applied.named().size(), applied.brokenBookings().size(), replan, scratch);
    }

    private static Outcome solve(PlanningEngine engine, LateChanges.Applied applied, SolveOptions options, String how) {
        AtomicReference<Duration> firstFeasible = new AtomicReference<>();
        Plan plan = engine.solve(applied.dataset(), options, progress -> firstFeasibleOf(progress, firstFeasible));
        Plan published = applied.plan();
        // The re-plan is judged with the disruption it counts; a solve from scratch knows no published plan.
        CheckReport report = PlanChecker.check(applied.dataset(), plan, options.replan() ? published : null);
        return new Outcome(how, firstFeasible.get(), report.feasible(), plan.assignments().stream().filter(Assignment::brought).count(),
                report.score().medium(), report.score().soft().toPlainString(), report.costs().total().toPlainString(),
                moved(published, plan, applied, false), kinds(published, plan, applied), moneyCollateral(published, plan, applied),
                moved(published, plan, applied, true),
                bookingsMoved(published, plan), report.inconsistencies().isEmpty() && report.score().equals(plan.score()));
    }

    private static void firstFeasibleOf(SolveProgress progress, AtomicReference<Duration> first) {
        if (progress.feasible() && first.get() == null) {
            first.set(progress.elapsed());
        }
    }

    /**
     * People of the published plan whose decision moved, among those a change concerns or the others (collateral),
     * by the one rule of {@link LateChanges.Applied#concerns}, which the change list reads too.
     */
    static int moved(Plan published, Plan now, LateChanges.Applied applied, boolean concerned) {
        Map<String, Assignment> after = now.assignments().stream().collect(Collectors.toMap(Assignment::participant, a -> a));
        int moved = 0;
        for (Assignment before : published.assignments()) {
            Assignment a = after.get(before.participant());
            if (a == null || applied.concerns(before.participant()) != concerned) {
                continue;
            }
            if (DisruptionRule.units(decision(before), decision(a)) > 0) {
                moved++;
            }
        }
        return moved;
    }

    /** The collateral moves of payers a budget or fund change limits: the change list labels them with it. */
    static int moneyCollateral(Plan published, Plan now, LateChanges.Applied applied) {
        Map<String, Assignment> after = now.assignments().stream().collect(Collectors.toMap(Assignment::participant, a -> a));
        int moved = 0;
        for (Assignment before : published.assignments()) {
            Assignment a = after.get(before.participant());
            if (a != null && !applied.concerns(before.participant())
                    && !ChangeList.COLLATERAL.equals(applied.cause(before.participant()))
                    && DisruptionRule.units(decision(before), decision(a)) > 0) {
                moved++;
            }
        }
        return moved;
    }

    /** The collateral moves by kind: d dropped, b brought, i itinerary, r room, n nights only. */
    static String kinds(Plan published, Plan now, LateChanges.Applied applied) {
        Map<String, Assignment> after = now.assignments().stream().collect(Collectors.toMap(Assignment::participant, a -> a));
        int dropped = 0;
        int brought = 0;
        int itinerary = 0;
        int room = 0;
        int nights = 0;
        for (Assignment before : published.assignments()) {
            Assignment a = after.get(before.participant());
            if (a == null || applied.concerns(before.participant()) || DisruptionRule.units(decision(before), decision(a)) == 0) {
                continue;
            }
            if (before.brought() != a.brought()) {
                if (before.brought()) {
                    dropped++;
                } else {
                    brought++;
                }
            } else if (!java.util.Objects.equals(before.itinerary(), a.itinerary())) {
                itinerary++;
            } else if (!java.util.Objects.equals(before.room(), a.room())) {
                room++;
            } else {
                nights++;
            }
        }
        return String.format(Locale.ROOT, "%dd %db %di %dr %dn", dropped, brought, itinerary, room, nights);
    }

    private static DisruptionRule.Decision<Set<java.time.LocalDate>> decision(Assignment a) {
        return a.brought() ? new DisruptionRule.Decision<>(true, a.itinerary(), a.room(),
                a.room() == null || a.nights() == null ? null : Set.copyOf(a.nights())) : DisruptionRule.Decision.notBrought();
    }

    /** Booked items of the published plan (after the changes: broken ones are no longer booked) that moved. */
    static int bookingsMoved(Plan published, Plan now) {
        Map<String, Assignment> after = now.assignments().stream().collect(Collectors.toMap(Assignment::participant, a -> a));
        int moved = 0;
        for (Assignment before : published.assignments()) {
            Assignment a = after.get(before.participant());
            if (before.ticketIssued() && (a == null || !a.brought() || !before.itinerary().equals(a.itinerary()))) {
                moved++;
            }
            if (before.roomConfirmed() && (a == null || !a.brought() || !before.room().equals(a.room()))) {
                moved++;
            }
        }
        return moved;
    }

    private static String seconds(@Nullable Duration duration) {
        return duration == null ? "never" : String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }

    private static String line(Row row) {
        return String.format(Locale.ROOT, "%s %-40s re-plan: first feasible %s, feasible %s, brought %d, medium %d, cost %s,"
                        + " collateral %d (%s; %d with a money change), concerned moved %d, bookings moved %d, agrees %s | scratch: first feasible %s, feasible %s,"
                        + " brought %d, medium %d, cost %s, collateral %d (%s), bookings moved %d",
                row.dataset(), row.scenario(), seconds(row.replan().firstFeasible()), row.replan().feasible(), row.replan().brought(),
                row.replan().medium(), row.replan().cost(), row.replan().collateral(), row.replan().collateralKinds(),
                row.replan().moneyCollateral(), row.replan().concernedMoved(),
                row.replan().bookingsMoved(), row.replan().agrees(), seconds(row.scratch().firstFeasible()), row.scratch().feasible(),
                row.scratch().brought(), row.scratch().medium(), row.scratch().cost(), row.scratch().collateral(),
                row.scratch().collateralKinds(), row.scratch().bookingsMoved());
    }

    static String report(List<Row> rows, long seconds, String published) {
        StringBuilder md = new StringBuilder();
        md.append("# Late changes: re-plan against solving from scratch\n\n");
        md.append(String.format(Locale.ROOT, "Published plan: %s. Each re-plan and each solve from scratch: %d s wall time, "
                + "half the published plan booked. Machine: %d cores visible.%n%n", published, seconds,
                Runtime.getRuntime().availableProcessors()));
        md.append("| dataset | change set | changes | concerned | broken | re-plan: first feasible | feasible | medium | cost "
                + "| collateral | of which | with a money change | concerned moved | bookings moved | scratch: first feasible "
                + "| feasible | medium | cost | collateral | bookings moved |\n");
        md.append("|---|---|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            Outcome r = row.replan();
            Outcome s = row.scratch();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %s | %d | %s | %d | %s | %d | %d | %d | %s | %s | %d | %s | %d | %d |%n",
                    row.dataset(), row.scenario().description(), row.changes(), row.concerned(), row.broken(),
                    seconds(r.firstFeasible()), r.feasible() ? "yes" : "**no**", r.medium(), r.cost(), r.collateral(),
                    r.collateralKinds(), r.moneyCollateral(), r.concernedMoved(), r.bookingsMoved(), seconds(s.firstFeasible()), s.feasible() ? "yes" : "**no**",
                    s.medium(), s.cost(), s.collateral(), s.bookingsMoved()));
        }
        for (String dataset : rows.stream().map(Row::dataset).distinct().toList()) {
            List<Row> theirs = rows.stream().filter(row -> row.dataset().equals(dataset)).toList();
            double collateral = theirs.stream().mapToInt(row -> row.replan().collateral()).average().orElse(0);
            double perChange = (double) theirs.stream().mapToInt(row -> row.replan().collateral()).sum()
                    / Math.max(1, theirs.stream().mapToInt(Row::changes).sum());
            double scratch = theirs.stream().mapToInt(row -> row.scratch().collateral()).average().orElse(0);
            int bookings = theirs.stream().mapToInt(row -> row.replan().bookingsMoved()).sum();
            int money = theirs.stream().mapToInt(row -> row.replan().moneyCollateral()).sum();
            int total = theirs.stream().mapToInt(row -> row.replan().collateral()).sum();
            boolean agrees = theirs.stream().allMatch(row -> row.replan().agrees() && row.scratch().agrees());
            md.append(String.format(Locale.ROOT, "%n**%s**: collateral moves per change set %.1f (from scratch %.1f), per "
                    + "change %.1f (%d in all, %d of them payers a budget or fund change limits); bookings moved by the "
                    + "re-plans %d; every plan's score equals the checker's: %s.%n",
                    dataset, collateral, scratch, perChange, total, money, bookings, agrees ? "yes" : "no"));
        }
        return md.toString();
    }

    static String csv(List<Row> rows) {
        StringBuilder csv = new StringBuilder("dataset,scenario,changes,concerned,broken,how,first_feasible_ms,feasible,brought,"
                + "medium,soft,cost,collateral,collateral_kinds,money_collateral,concerned_moved,bookings_moved,agrees_with_checker\n");
        for (Row row : rows) {
            for (Outcome o : List.of(row.replan(), row.scratch())) {
                csv.append(String.join(",", row.dataset(), row.scenario().name(), String.valueOf(row.changes()),
                        String.valueOf(row.concerned()), String.valueOf(row.broken()), o.how(),
                        o.firstFeasible() == null ? "" : String.valueOf(o.firstFeasible().toMillis()), String.valueOf(o.feasible()),
                        String.valueOf(o.brought()), String.valueOf(o.medium()), o.soft(), o.cost(), String.valueOf(o.collateral()),
                        o.collateralKinds(), String.valueOf(o.moneyCollateral()), String.valueOf(o.concernedMoved()), String.valueOf(o.bookingsMoved()), String.valueOf(o.agrees()))).append('\n');
            }
        }
        return csv.toString();
    }
}
