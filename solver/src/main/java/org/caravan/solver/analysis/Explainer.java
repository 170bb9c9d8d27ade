package org.caravan.solver.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.caravan.data.check.Breach;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.ParticipantCost;
import org.caravan.data.check.Penalty;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Spent;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.rules.HardRule;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.text.Amount;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.caravan.solver.explain.Explanation;
import org.caravan.solver.explain.Justification;
import org.caravan.solver.explain.ParticipantExplanation;
import org.caravan.solver.explain.Recommendations;
import org.caravan.solver.explain.RuleExplanation;
import org.caravan.solver.mapping.CaravanProblem;
import org.caravan.solver.rules.CaravanConstraints;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Explains one plan: the score by rule, one participant's placement, and placements for one participant. The score
 * by rule is the independent checker's ({@link PlanChecker}): every rule of the solver with the checker's matches,
 * hard breaches, the people left out, what each cost is made of and each penalty, so that an explanation states
 * what the plan does by the rules of docs/RULES.md.
 */
public final class Explainer {

    private static final String HARD = "HARD";
    private static final String MEDIUM = "MEDIUM";
    private static final String SOFT = "SOFT";

    private final CaravanProblem problem;
    private final CaravanSolution solution;
    private final ValidDataset dataset;
    private final Plan plan;
    private final SolutionManager<CaravanSolution, HardMediumSoftLongScore> solutionManager;

    public Explainer(CaravanProblem problem, ValidDataset dataset, Plan plan,
            SolutionManager<CaravanSolution, HardMediumSoftLongScore> solutionManager) {
        this.problem = problem;
        this.solution = problem.solution();
        this.dataset = dataset;
        this.plan = plan;
        this.solutionManager = solutionManager;
    }

    public Explanation explain() {
        CheckReport report = PlanChecker.check(dataset, plan);
        List<RuleExplanation> rules = rules(report).stream()
                .sorted(Comparator.comparing((RuleExplanation rule) -> levelOrder(rule.level())).thenComparing(RuleExplanation::impact))
                .toList();
        return new Explanation(report.score(), rules);
    }

    public ParticipantExplanation explainParticipant(String participantId) {
        Participant participant = problem.participant(solution, participantId);
        List<Justification> matches = rules(PlanChecker.check(dataset, plan)).stream()
                .flatMap(rule -> rule.matches().stream())
                .filter(match -> match.ids().contains(participantId))
                .toList();
        if (!participant.isBrought()) {
            return ParticipantExplanation.of(participantId, false, null, null, List.of(),
                    new WhyNotBrought(problem, solution).apply(participant), matches);
        }
        List<Text> reasons = new ArrayList<>();
        if (participant.flies()) {
            reasons.add(itineraryReason(participant));
        }
        if (participant.isInRealRoom()) {
            reasons.add(roomReason(participant));
        }
        return ParticipantExplanation.of(participantId, true, participant.itineraryId(), participant.roomId(), reasons, List.of(), matches);
    }

    /**
     * Every rule the solver scores by, in the order of its constraints, with the checker's matches; the checker's
     * own hard rule (someone brought half) only when the plan breaks it.
     */
    private List<RuleExplanation> rules(CheckReport report) {
        List<RuleExplanation> rules = new ArrayList<>();
        for (HardRule rule : HardRule.values()) {
            List<Breach> breaches = report.breaches(rule);
            if (rule != HardRule.HALF_BROUGHT || !breaches.isEmpty()) {
                rules.add(rule(rule.title(), HARD, breaches.stream()
                        .map(breach -> new Justification(breach.text(), breach.ids(), BigDecimal.valueOf(-breach.weightedDegree())))
                        .toList()));
            }
        }
        rules.add(rule(CaravanConstraints.NOT_BROUGHT, MEDIUM, notBrought()));
        costs(report).forEach((name, matches) -> rules.add(rule(name, SOFT, matches)));
        Map<SoftRule, List<Justification>> penalties = new LinkedHashMap<>();
        for (SoftRule rule : SoftRule.values()) {
            penalties.put(rule, new ArrayList<>());
        }
        for (Penalty penalty : report.penaltyMatches()) {
            penalties.get(penalty.rule()).add(soft(penalty.text(), penalty.ids(), penalty.cents()));
        }
        penalties.forEach((rule, matches) -> rules.add(rule(rule.title(), SOFT, matches)));
        return rules;
    }

    private static RuleExplanation rule(String name, String level, List<Justification> matches) {
        BigDecimal impact = matches.stream().map(Justification::impact).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Justification> sorted = matches.stream().sorted(Comparator.comparing(Justification::impact)).toList();
        return new RuleExplanation(name, level, SOFT.equals(level) ? impact.setScale(2) : impact, sorted.size(), sorted);
    }

    /** Whoever the plan does not bring (or does not mention), at their priority, as the checker counts them. */
    private List<Justification> notBrought() {
        Map<String, Assignment> assignments = new HashMap<>();
        plan.assignments().forEach(assignment -> assignments.putIfAbsent(assignment.participant(), assignment));
        List<Justification> matches = new ArrayList<>();
        for (var participant : dataset.dataset().participants()) {
            Assignment assignment = assignments.get(participant.id());
            if (assignment == null || !assignment.brought()) {
                matches.add(new Justification(Text.of("explain.notBrought", participant.id(), participant.priority()),
                        List.of(participant.id()), BigDecimal.valueOf(-participant.priority())));
            }
        }
        return matches;
    }

    /** What each cost of the plan is made of, from the checker's costs per participant and per room. */
    private Map<String, List<Justification>> costs(CheckReport report) {
        Map<String, String> itineraries = new HashMap<>();
        plan.assignments().forEach(assignment -> itineraries.putIfAbsent(assignment.participant(), assignment.itinerary()));
        List<Justification> flights = new ArrayList<>();
        List<Justification> taxes = new ArrayList<>();
        List<Justification> visas = new ArrayList<>();
        Map<String, List<String>> occupants = new LinkedHashMap<>();
        for (ParticipantCost cost : report.participantCosts().values()) {
            String id = cost.participant();
            if (cost.flight().signum() != 0) {
                flights.add(soft(Text.of("explain.cost.flight", id, itineraries.get(id), new Amount(cost.flight())),
                        List.of(id, String.valueOf(itineraries.get(id))), Money.toCents(cost.flight())));
            }
            if (cost.taxes().signum() != 0) {
                taxes.add(soft(Text.of("explain.cost.taxes", id, new Amount(cost.taxes())), List.of(id),
                        Money.toCents(cost.taxes())));
            }
            if (cost.visas().signum() != 0) {
                visas.add(soft(Text.of("explain.cost.visas", id, new Amount(cost.visas())), List.of(id),
                        Money.toCents(cost.visas())));
            }
            if (cost.room() != null) {
                occupants.computeIfAbsent(cost.room(), room -> new ArrayList<>()).add(id);
            }
        }
        List<Justification> rooms = new ArrayList<>();
        report.roomCosts().forEach((room, amount) -> {
            List<String> sleepers = occupants.getOrDefault(room, List.of());
            List<String> ids = new ArrayList<>(List.of(room));
            ids.addAll(sleepers);
            rooms.add(soft(Text.of("explain.cost.room", room, new Amount(amount), String.join(", ", sleepers)), ids, Money.toCents(amount)));
        });
        Map<String, Long> spentByPayer = new LinkedHashMap<>();
        for (Spent spent : dataset.dataset().budget().spent()) {
            spentByPayer.merge(spent.payer(), Money.toCents(spent.amount()), Long::sum);
        }
        List<Justification> spent = new ArrayList<>();
        spentByPayer.forEach((payer, cents) -> {
            if (cents != 0) {
                spent.add(soft(Text.of("explain.cost.spent", payer, new Amount(Money.fromCents(cents))),
                        List.of(payer), cents));
            }
        });
        Map<String, List<Justification>> costs = new LinkedHashMap<>();
        costs.put(CaravanConstraints.FLIGHT_COST, flights);
        costs.put(CaravanConstraints.ROOM_COST, rooms);
        costs.put(CaravanConstraints.TOURIST_TAX, taxes);
        costs.put(CaravanConstraints.VISA_FEES, visas);
        costs.put(CaravanConstraints.MONEY_SPENT, spent);
        return costs;
    }

    /** A soft match: {@code cents} counted against the plan. */
    private static Justification soft(Text text, List<String> ids, long cents) {
        return new Justification(text, ids, Money.fromCents(-cents));
    }

    private Text itineraryReason(Participant participant) {
        Itinerary itinerary = participant.getItinerary();
        ItineraryFacts facts = problem.index().itinerary(itinerary.id());
        Itinerary cheapest = participant.getItineraryRange().stream().min(Comparator.comparingLong(Itinerary::priceCents)).orElse(itinerary);
        int allowed = participant.getItineraryRange().size();
        Text comparison = cheapest == itinerary ? Text.of("explain.reason.cheapest", allowed)
                : Text.of("explain.reason.notCheapest", allowed, cheapest.id(), new Amount(Money.fromCents(cheapest.priceCents())));
        return Text.of("explain.reason.flies", itinerary.id(), new Amount(Money.fromCents(itinerary.priceCents())), facts.arrival(),
                facts.departure(), itinerary.stops(), comparison);
    }

    private Text roomReason(Participant participant) {
        Room room = participant.getRoom();
        List<String> roommates = solution.getParticipants().stream()
                .filter(other -> other != participant && other.isRoommateOf(participant)).map(other -> PersonNames.of(problem, other.getId())).toList();
        return Text.of("explain.reason.sleeps", room.id(), room.type(), room.capacity(), new Amount(Money.fromCents(room.priceCents())),
                room.hotel().name(), room.hotel().stars(), participant.nightCount(),
                roommates.isEmpty() ? Text.of("explain.reason.alone") : Text.of("explain.reason.with", String.join(", ", roommates)));
    }

    /** Placements for one participant within a time budget, written in this language: see {@link Recommender}. */
    public Recommendations recommend(String participantId, int limit, Duration budget, BooleanSupplier cancelled,
            WrittenLanguage language) {
        return new Recommender(problem, solutionManager, budget, cancelled, language).recommend(participantId, limit);
    }

    private static int levelOrder(String level) {
        return switch (level) {
            case HARD -> 0;
            case MEDIUM -> 1;
            default -> 2;
        };
    }
}
