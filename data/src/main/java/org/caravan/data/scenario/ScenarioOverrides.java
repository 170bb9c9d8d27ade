package org.caravan.data.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Flights;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Participant;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;
import org.caravan.data.validation.ValidationIssue;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What a scenario changes in a dataset before it is planned; the stored dataset is never touched. Absent (null)
 * changes nothing. Each kind is applied in the order of the fields, and the result is validated again: a change that
 * makes the dataset unplannable (a must-attend delegate with no itinerary left, say) is reported under the field of
 * this record that caused it ({@code $.overrides.maxStops}), with the dataset's own problem quoted.
 *
 * @param budgetTotal the total budget; the funds scale in the same proportion unless {@code keepFunds}
 * @param keepFunds keep the funds' amounts when the total changes
 * @param fundAmounts fund id to its new amount, applied after the total
 * @param hotelsOff hotels not to use (their rooms are withdrawn)
 * @param roomsOff rooms not to use
 * @param maxStops only itineraries with at most this many connections each way (0: direct flights only)
 * @param noLongLayovers only itineraries without a layover longer than the long-layover threshold (an overnight wait)
 * @param priorities priority or must-attend changes by role, delegation or nationality, in order
 * @param excludedParticipants participants left out of the event (their roommate requests to others dropped)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScenarioOverrides(
        @Nullable BigDecimal budgetTotal,
        @Nullable Boolean keepFunds,
        @Nullable Map<String, BigDecimal> fundAmounts,
        @Nullable List<String> hotelsOff,
        @Nullable List<String> roomsOff,
        @Nullable Integer maxStops,
        @Nullable Boolean noLongLayovers,
        @Nullable List<PriorityChange> priorities,
        @Nullable List<String> excludedParticipants) {

    /** Where the overrides sit in a request, for the paths of their problems. */
    public static final String PATH = "$.overrides";

    public static ScenarioOverrides none() {
        return new ScenarioOverrides(null, null, null, null, null, null, null, null, null);
    }

    /** Only another total budget: what a level of the budget curve is. */
    public static ScenarioOverrides atBudget(BigDecimal total, boolean keepFunds) {
        return new ScenarioOverrides(total, keepFunds, null, null, null, null, null, null, null);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return budgetTotal == null && empty(fundAmounts) && empty(hotelsOff) && empty(roomsOff) && maxStops == null
                && !Boolean.TRUE.equals(noLongLayovers) && empty(priorities) && empty(excludedParticipants);
    }

    /**
     * The dataset as this scenario plans it, validated again.
     *
     * @throws InvalidDatasetException every problem, each under the override field that caused it
     */
    public ValidDataset applyTo(ValidDataset valid) {
        List<ValidationIssue> issues = referenceIssues(valid);
        if (!issues.isEmpty()) {
            throw new InvalidDatasetException(issues);
        }
        if (isEmpty()) {
            return valid;
        }
        Dataset changed = valid.dataset();
        for (Step step : steps(valid)) {
            changed = step.change().apply(changed);
        }
        List<ValidationIssue> problems = DatasetValidator.validate(changed);
        if (problems.isEmpty()) {
            return DatasetValidator.valid(changed);
        }
        throw new InvalidDatasetException(blame(valid.dataset()));
    }

    /** One kind of change: the override field it comes from and what it does. */
    private record Step(String field, UnaryOperator<Dataset> change) {
    }

    private List<Step> steps(ValidDataset valid) {
        List<Step> steps = new ArrayList<>();
        if (budgetTotal != null) {
            steps.add(new Step("budgetTotal", dataset -> withTotal(dataset, budgetTotal, Boolean.TRUE.equals(keepFunds))));
        }
        if (!empty(fundAmounts)) {
            steps.add(new Step("fundAmounts", this::withFundAmounts));
        }
        if (!empty(hotelsOff) || !empty(roomsOff)) {
            steps.add(new Step(empty(hotelsOff) ? "roomsOff" : "hotelsOff", this::withoutHotelsAndRooms));
        }
        if (maxStops != null || Boolean.TRUE.equals(noLongLayovers)) {
            steps.add(new Step(maxStops != null ? "maxStops" : "noLongLayovers",
                    dataset -> withItineraries(dataset, valid)));
        }
        if (!empty(priorities)) {
            steps.add(new Step("priorities", this::withPriorities));
        }
        if (!empty(excludedParticipants)) {
            steps.add(new Step("excludedParticipants", this::withoutExcluded));
        }
        return steps;
    }

    /**
     * The problems of the changed dataset, each under the first override field after which it appears: the steps are
     * applied again one by one, validating after each, so the planner learns which change broke what.
     */
    private List<ValidationIssue> blame(Dataset original) {
        ValidDataset valid = DatasetValidator.valid(original);
        Set<String> seen = new HashSet<>();
        List<ValidationIssue> blamed = new ArrayList<>();
        Dataset changed = original;
        for (Step step : steps(valid)) {
            changed = step.change().apply(changed);
            for (ValidationIssue issue : DatasetValidator.validate(changed)) {
                if (seen.add(issue.path() + issue.message())) {
                    blamed.add(new ValidationIssue(PATH + "." + step.field(),
                            "This override makes the dataset unplannable: " + issue.path() + ": " + issue.message()));
                }
            }
        }
        return blamed;
    }

    /** Ids that name nothing in the dataset, and changes that say nothing, before anything is applied. */
    private List<ValidationIssue> referenceIssues(ValidDataset valid) {
        List<ValidationIssue> issues = new ArrayList<>();
        Dataset dataset = valid.dataset();
        if (budgetTotal != null && budgetTotal.signum() < 0) {
            issues.add(new ValidationIssue(PATH + ".budgetTotal", "The budget (" + budgetTotal.toPlainString()
                    + ") is negative; give an amount of at least 0."));
        }
        if (fundAmounts != null) {
            Set<String> funds = new HashSet<>();
            dataset.budget().funds().forEach(fund -> funds.add(fund.id()));
            fundAmounts.forEach((fund, amount) -> {
                if (!funds.contains(fund)) {
                    issues.add(new ValidationIssue(PATH + ".fundAmounts." + fund, "There is no fund " + fund
                            + " in budget.funds; use one of " + funds + "."));
                } else if (amount == null || amount.signum() < 0) {
                    issues.add(new ValidationIssue(PATH + ".fundAmounts." + fund, "The amount of fund " + fund
                            + " must be a number of at least 0."));
                }
            });
        }
        requireKnown(issues, "hotelsOff", hotelsOff, id -> valid.index().hotel(id) != null, "hotel");
        requireKnown(issues, "roomsOff", roomsOff, id -> valid.index().room(id) != null, "room");
        requireKnown(issues, "excludedParticipants", excludedParticipants,
                id -> valid.index().participant(id) != null, "participant");
        if (maxStops != null && maxStops < 0) {
            issues.add(new ValidationIssue(PATH + ".maxStops", "At most (" + maxStops
                    + ") connections means nothing; give 0 for direct flights only, or more."));
        }
        if (priorities != null) {
            for (int i = 0; i < priorities.size(); i++) {
                PriorityChange change = priorities.get(i);
                String path = PATH + ".priorities[" + i + "]";
                if (change == null || !change.hasSelector()) {
                    issues.add(new ValidationIssue(path, "Say whom the change is for: a role, a delegation or a country."));
                } else if (!change.hasChange()) {
                    issues.add(new ValidationIssue(path, "Say what changes: a priority (1 to 5) or mustAttend."));
                } else if (change.priority() != null && (change.priority() < 1 || change.priority() > 5)) {
                    issues.add(new ValidationIssue(path + ".priority", "The priority (" + change.priority()
                            + ") must be from 1 (nice to have) to 5."));
                } else if (dataset.participants().stream().noneMatch(change::matches)) {
                    issues.add(new ValidationIssue(path, "No participant matches this change; check the role, "
                            + "delegation or country."));
                }
            }
        }
        return issues;
    }

    private static void requireKnown(List<ValidationIssue> issues, String field, @Nullable List<String> ids,
            Predicate<String> known, String what) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !known.test(id)) {
                issues.add(new ValidationIssue(PATH + "." + field + "[" + i + "]", "There is no " + what + " " + id
                        + " in the dataset."));
            }
        }
    }

    /** The dataset at another total budget, its funds scaled in the same proportion unless they are kept. */
    public static Dataset withTotal(Dataset dataset, BigDecimal budget, boolean keepFunds) {
        BigDecimal total = dataset.budget().total();
        List<Fund> funds = keepFunds || total.signum() == 0 ? dataset.budget().funds()
                : dataset.budget().funds().stream().map(fund -> new Fund(fund.id(), fund.name(),
                        fund.amount().multiply(budget).divide(total, 2, RoundingMode.DOWN))).toList();
        return dataset.withBudget(new Budget(budget, funds));
    }

    private Dataset withFundAmounts(Dataset dataset) {
        Map<String, BigDecimal> amounts = fundAmounts == null ? Map.of() : fundAmounts;
        List<Fund> funds = dataset.budget().funds().stream()
                .map(fund -> amounts.containsKey(fund.id()) ? new Fund(fund.id(), fund.name(), amounts.get(fund.id())) : fund)
                .toList();
        return dataset.withBudget(new Budget(dataset.budget().total(), funds));
    }

    private Dataset withoutHotelsAndRooms(Dataset dataset) {
        Set<String> hotels = Set.copyOf(orEmpty(hotelsOff));
        Set<String> rooms = Set.copyOf(orEmpty(roomsOff));
        List<Hotel> kept = dataset.hotels().stream().filter(hotel -> !hotels.contains(hotel.id()))
                .map(hotel -> new Hotel(hotel.id(), hotel.name(), hotel.lat(), hotel.lon(), hotel.stars(),
                        hotel.distanceKm(), hotel.taxPerPersonNight(),
                        hotel.rooms().stream().filter(room -> !rooms.contains(room.id())).toList(), hotel.address()))
                .filter(hotel -> !hotel.rooms().isEmpty())
                .toList();
        return dataset.withHotels(kept);
    }

    private Dataset withItineraries(Dataset dataset, ValidDataset valid) {
        List<Itinerary> kept = dataset.flights().itineraries().stream().filter(itinerary -> {
            ItineraryFacts facts = valid.index().itinerary(itinerary.id());
            return facts == null || ((maxStops == null || stopsEachWay(facts) <= maxStops)
                    && (!Boolean.TRUE.equals(noLongLayovers) || facts.longLayovers() == 0));
        }).toList();
        Flights flights = new Flights(dataset.flights().segments(), kept);
        return new Dataset(dataset.format(), dataset.event(), dataset.budget(), dataset.policy(), dataset.airports(),
                dataset.participants(), dataset.hotels(), flights, dataset.visaRules());
    }

    /** The connections of the worse direction. */
    public static int stopsEachWay(ItineraryFacts facts) {
        return Math.max(facts.outbound().size(), facts.inbound().size()) - 1;
    }

    private Dataset withPriorities(Dataset dataset) {
        List<Participant> changed = dataset.participants().stream().map(participant -> {
            Participant result = participant;
            for (PriorityChange change : orEmpty(priorities)) {
                if (change.matches(result)) {
                    result = Participants.withPriority(result,
                            change.priority() == null ? result.priority() : change.priority(),
                            change.mustAttend() == null ? result.mustAttend() : change.mustAttend());
                }
            }
            return result;
        }).toList();
        return dataset.withParticipants(changed);
    }

    private Dataset withoutExcluded(Dataset dataset) {
        Set<String> excluded = Set.copyOf(orEmpty(excludedParticipants));
        List<Participant> kept = dataset.participants().stream().filter(p -> !excluded.contains(p.id())).toList();
        Map<String, Integer> householdSizes = new HashMap<>();
        kept.forEach(p -> {
            if (p.household() != null) {
                householdSizes.merge(p.household(), 1, Integer::sum);
            }
        });
        Map<String, Participant> byId = new LinkedHashMap<>();
        for (Participant participant : kept) {
            List<String> requests = participant.roommateRequests().stream().filter(id -> !excluded.contains(id)).toList();
            String household = participant.household() != null && householdSizes.get(participant.household()) > 1
                    ? participant.household() : null;
            byId.put(participant.id(), Participants.withRequests(participant, requests, household));
        }
        return dataset.withParticipants(List.copyOf(byId.values()));
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean empty(java.util.@Nullable Collection<?> values) {
        return values == null || values.isEmpty();
    }

    private static boolean empty(@Nullable Map<?, ?> values) {
        return values == null || values.isEmpty();
    }
}
