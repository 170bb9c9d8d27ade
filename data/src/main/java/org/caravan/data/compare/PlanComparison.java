package org.caravan.data.compare;

import org.caravan.data.check.CheckReport;
import org.caravan.data.check.CostBreakdown;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Role;
import org.caravan.data.export.Csv;
import org.caravan.data.plan.Assignment;
import org.caravan.data.rules.HardRule;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Two or more plans side by side: a {@link PlanSide} each, who is brought in the first plan and not in another (and
 * the other way round), by name and id, and the hard and soft rules plan by plan. People are matched by participant
 * id, so plans of different scenarios of one dataset compare person by person.
 *
 * @param brought per plan after the first, against the first
 * @param rules every hard rule (its summed degree) and soft rule (its penalty in money), one value per plan
 */
public record PlanComparison(List<PlanSide> plans, List<BroughtDifference> brought, List<RuleFigures> rules) {

    /** Someone brought in one plan and not in another. */
    public record Person(String id, String name, String country, Role role, @Nullable String delegation, int priority) {

        static Person of(Participant participant) {
            return new Person(participant.id(), participant.name(), participant.nationality(), participant.role(),
                    participant.delegation(), participant.priority());
        }
    }

    /** Who is brought in {@code baseline} and not in {@code other}, and the other way round, in dataset order. */
    public record BroughtDifference(String baseline, String other, List<Person> onlyInBaseline, List<Person> onlyInOther) {
    }

    /** One rule across the plans: {@code level} hard (values are degrees) or soft (values are penalties in money). */
    public record RuleFigures(String level, String rule, String title, List<BigDecimal> values) {
    }

    public static PlanComparison of(List<ComparedPlan> plans) {
        if (plans.size() < 2) {
            throw new IllegalArgumentException("A comparison needs at least two plans.");
        }
        List<PlanSide> sides = new ArrayList<>();
        List<CheckReport> reports = new ArrayList<>();
        List<Map<String, Participant>> broughtPeople = new ArrayList<>();
        for (ComparedPlan compared : plans) {
            CheckReport report = PlanChecker.check(compared.dataset(), compared.plan());
            reports.add(report);
            sides.add(side(compared, report));
            Map<String, Participant> brought = new LinkedHashMap<>();
            for (Assignment assignment : compared.plan().assignments()) {
                Participant participant = compared.dataset().index().participant(assignment.participant());
                if (assignment.brought() && participant != null) {
                    brought.put(participant.id(), participant);
                }
            }
            broughtPeople.add(brought);
        }
        List<BroughtDifference> differences = new ArrayList<>();
        for (int i = 1; i < plans.size(); i++) {
            differences.add(new BroughtDifference(plans.get(0).label(), plans.get(i).label(),
                    onlyIn(broughtPeople.get(0), broughtPeople.get(i)), onlyIn(broughtPeople.get(i), broughtPeople.get(0))));
        }
        List<RuleFigures> rules = new ArrayList<>();
        for (HardRule rule : HardRule.values()) {
            rules.add(new RuleFigures("hard", rule.name(), rule.title(),
                    reports.stream().map(report -> BigDecimal.valueOf(report.degree(rule))).toList()));
        }
        for (SoftRule rule : SoftRule.values()) {
            rules.add(new RuleFigures("soft", rule.key(), rule.title(),
                    reports.stream().map(report -> report.penalties().getOrDefault(rule.key(), BigDecimal.ZERO)).toList()));
        }
        return new PlanComparison(List.copyOf(sides), List.copyOf(differences), List.copyOf(rules));
    }

    private static List<Person> onlyIn(Map<String, Participant> here, Map<String, Participant> there) {
        return here.values().stream().filter(p -> !there.containsKey(p.id())).map(Person::of).toList();
    }

    private static PlanSide side(ComparedPlan compared, CheckReport report) {
        ValidDataset dataset = compared.dataset();
        List<Participant> brought = new ArrayList<>();
        long stops = 0;
        long minutes = 0;
        long longLayovers = 0;
        for (Assignment assignment : compared.plan().assignments()) {
            Participant participant = dataset.index().participant(assignment.participant());
            if (!assignment.brought() || participant == null) {
                continue;
            }
            brought.add(participant);
            ItineraryFacts itinerary = assignment.itinerary() == null ? null : dataset.index().itinerary(assignment.itinerary());
            if (itinerary != null) {
                stops += itinerary.stops();
                minutes += itinerary.outboundMinutes() + itinerary.returnMinutes();
                longLayovers += itinerary.longLayovers();
            }
        }
        CostBreakdown costs = CostBreakdown.of(dataset, report);
        var weights = dataset.dataset().policy().weights();
        PlanSide.Comfort comfort = new PlanSide.Comfort(stops,
                BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP), longLayovers,
                units(report, SoftRule.NO_COMMON_LANGUAGE, SoftRule.NO_COMMON_LANGUAGE.weight(weights)),
                units(report, SoftRule.ROOMMATE_REQUEST_UNMET, SoftRule.ROOMMATE_REQUEST_UNMET.weight(weights)));
        Map<String, Long> byPriority = new TreeMap<>();
        brought.forEach(p -> byPriority.merge(String.valueOf(p.priority()), 1L, Long::sum));
        return new PlanSide(compared.label(), dataset.dataset().event().name(), report.feasible(), report.hardScore(),
                report.mediumScore(), report.score().soft(), dataset.dataset().participants().size(), brought.size(),
                brought.stream().mapToLong(Participant::priority).sum(), byPriority,
                counted(brought, p -> p.role().name()), counted(brought, Participant::nationality),
                counted(brought, p -> p.gender() == null ? "?" : p.gender().name()),
                counted(brought, p -> p.delegation() == null ? "(none)" : p.delegation()),
                costs.total(), dataset.dataset().budget().total(), costs.budgetLeft(), costs.byKind(), costs.byPayer(),
                costs.byHotel(), costs.byNationality(), comfort, PlanStatistics.of(dataset, compared.plan(), report));
    }

    /** How many times a count-based soft rule was met: its penalty over its weight; null when weighed at zero. */
    private static @Nullable Long units(CheckReport report, SoftRule rule, BigDecimal weight) {
        if (weight.signum() == 0) {
            return null;
        }
        return report.penalties().getOrDefault(rule.key(), BigDecimal.ZERO).divide(weight, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static Map<String, Long> counted(List<Participant> people, Function<Participant, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        people.forEach(p -> counts.merge(key.apply(p), 1L, Long::sum));
        return counts;
    }

    /** One line of the comparison as a table: what, which, and a value per plan. */
    public record ComparisonRow(String section, String key, List<@Nullable Object> values) {
    }

    /** The comparison as one table, a column per plan: what the command line prints and the CSV holds. */
    public List<ComparisonRow> table() {
        List<ComparisonRow> rows = new ArrayList<>();
        row(rows, "score", "feasible", PlanSide::feasible);
        row(rows, "score", "hard", PlanSide::hard);
        row(rows, "score", "medium", PlanSide::medium);
        row(rows, "score", "soft", PlanSide::soft);
        row(rows, "people", "participants", PlanSide::participants);
        row(rows, "people", "brought", PlanSide::brought);
        row(rows, "people", "priority brought", PlanSide::priorityBrought);
        counts(rows, "brought by priority", PlanSide::broughtByPriority);
        counts(rows, "brought by role", PlanSide::broughtByRole);
        counts(rows, "brought by country", PlanSide::broughtByCountry);
        counts(rows, "brought by gender", PlanSide::broughtByGender);
        counts(rows, "brought by delegation", PlanSide::broughtByDelegation);
        row(rows, "money", "budget", PlanSide::budget);
        row(rows, "money", "cost", PlanSide::cost);
        row(rows, "money", "budget left", PlanSide::budgetLeft);
        counts(rows, "cost by kind", PlanSide::costByKind);
        counts(rows, "cost by fund", PlanSide::costByFund);
        counts(rows, "cost by hotel", PlanSide::costByHotel);
        counts(rows, "cost by country", PlanSide::costByCountry);
        row(rows, "comfort", "stops", side -> side.comfort().stops());
        row(rows, "comfort", "travel hours", side -> side.comfort().travelHours());
        row(rows, "comfort", "long layovers", side -> side.comfort().longLayovers());
        row(rows, "comfort", "language mismatches", side -> side.comfort().languageMismatches());
        row(rows, "comfort", "roommate requests unmet", side -> side.comfort().requestsUnmet());
        summary(rows, "cost per person", "all", side -> side.statistics().costPerPerson());
        summary(rows, "travel hours per person", "all", side -> side.statistics().travelHoursPerPerson());
        summaries(rows, "cost per person by country", side -> side.statistics().costPerPersonByCountry());
        summaries(rows, "cost per person by role", side -> side.statistics().costPerPersonByRole());
        summaries(rows, "travel hours by country", side -> side.statistics().travelHoursByCountry());
        summaries(rows, "travel hours by role", side -> side.statistics().travelHoursByRole());
        for (RuleFigures rule : this.rules) {
            rows.add(new ComparisonRow(rule.level() + " rule", rule.title(), new ArrayList<>(rule.values())));
        }
        for (BroughtDifference difference : brought) {
            people(rows, "brought in " + difference.baseline() + ", not in " + difference.other(), difference.onlyInBaseline());
            people(rows, "brought in " + difference.other() + ", not in " + difference.baseline(), difference.onlyInOther());
        }
        return rows;
    }

    private void people(List<ComparisonRow> rows, String section, List<Person> people) {
        for (Person person : people) {
            List<@Nullable Object> values = new ArrayList<>();
            values.add(person.name());
            values.add(person.country() + ", " + person.role() + ", priority " + person.priority());
            while (values.size() < plans.size()) {
                values.add(null);
            }
            rows.add(new ComparisonRow(section, person.id(), values));
        }
    }

    private void row(List<ComparisonRow> rows, String section, String key, Function<PlanSide, @Nullable Object> value) {
        rows.add(new ComparisonRow(section, key, new ArrayList<>(plans.stream().map(value).toList())));
    }

    /** The keys of a per-plan map over every plan, in the order the plans name them. */
    private <V> Set<String> keys(Function<PlanSide, Map<String, V>> map) {
        Set<String> keys = new LinkedHashSet<>();
        plans.forEach(side -> keys.addAll(map.apply(side).keySet()));
        return keys;
    }

    private <V> void counts(List<ComparisonRow> rows, String section, Function<PlanSide, Map<String, V>> map) {
        for (String key : keys(map)) {
            row(rows, section, key, side -> map.apply(side).get(key));
        }
    }

    private void summary(List<ComparisonRow> rows, String section, String key, Function<PlanSide, @Nullable Summary> summary) {
        row(rows, section, key + " mean", side -> summary.apply(side) == null ? null : summary.apply(side).mean());
        row(rows, section, key + " median", side -> summary.apply(side) == null ? null : summary.apply(side).median());
        row(rows, section, key + " p90", side -> summary.apply(side) == null ? null : summary.apply(side).p90());
    }

    private void summaries(List<ComparisonRow> rows, String section, Function<PlanSide, Map<String, Summary>> map) {
        for (String key : keys(map)) {
            summary(rows, section, key, side -> map.apply(side).get(key));
        }
    }

    /** The table as CSV: section, key and a column per plan, named by its label. */
    public String csv() {
        List<String> header = new ArrayList<>(List.of("section", "key"));
        plans.forEach(side -> header.add(side.label()));
        Csv csv = new Csv(header.toArray(String[]::new));
        for (ComparisonRow row : table()) {
            List<@Nullable Object> cells = new ArrayList<>(List.of(row.section(), row.key()));
            cells.addAll(row.values());
            csv.row(cells.toArray());
        }
        return csv.text();
    }
}
