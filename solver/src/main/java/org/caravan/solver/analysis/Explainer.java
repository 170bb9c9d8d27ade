package org.caravan.solver.analysis;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.caravan.data.rules.HardRule;
import org.caravan.data.rules.Money;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.ItineraryFacts;
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
import org.caravan.solver.mapping.PlanWriter;
import org.caravan.solver.rules.CaravanConstraints;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Explains one plan: the score by rule, one participant's placement, and placements for one participant. */
public final class Explainer {

    private static final Set<String> HARD_RULES = Arrays.stream(HardRule.values()).map(HardRule::title).collect(Collectors.toSet());

    private final CaravanProblem problem;
    private final CaravanSolution solution;
    private final SolutionManager<CaravanSolution, HardMediumSoftLongScore> solutionManager;

    public Explainer(CaravanProblem problem, SolutionManager<CaravanSolution, HardMediumSoftLongScore> solutionManager) {
        this.problem = problem;
        this.solution = problem.solution();
        this.solutionManager = solutionManager;
    }

    public Explanation explain() {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(solution, ScoreAnalysisFetchPolicy.FETCH_ALL);
        List<RuleExplanation> rules = analysis.constraintAnalyses().stream()
                .map(Explainer::toRule)
                .sorted(Comparator.comparing((RuleExplanation rule) -> levelOrder(rule.level())).thenComparing(RuleExplanation::impact))
                .toList();
        return new Explanation(PlanWriter.toPlanScore(analysis.score()), rules);
    }

    public ParticipantExplanation explainParticipant(String participantId) {
        Participant participant = problem.participant(solution, participantId);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(solution, ScoreAnalysisFetchPolicy.FETCH_ALL);
        List<Justification> matches = analysis.constraintAnalyses().stream()
                .flatMap(constraint -> constraint.matches().stream()
                        .filter(match -> match.justification() instanceof Justification rule && rule.ids().contains(participantId))
                        .map(match -> toJustification(constraint, match)))
                .toList();
        if (!participant.isBrought()) {
            return new ParticipantExplanation(participantId, false, null, null, List.of(),
                    new WhyNotBrought(problem, solution).apply(participant), matches);
        }
        List<String> reasons = new ArrayList<>();
        if (participant.flies()) {
            reasons.add(itineraryReason(participant));
        }
        if (participant.isInRealRoom()) {
            reasons.add(roomReason(participant));
        }
        return new ParticipantExplanation(participantId, true, participant.itineraryId(), participant.roomId(), reasons, List.of(), matches);
    }

    private String itineraryReason(Participant participant) {
        Itinerary itinerary = participant.getItinerary();
        ItineraryFacts facts = problem.index().itinerary(itinerary.id());
        Itinerary cheapest = participant.getItineraryRange().stream().min(Comparator.comparingLong(Itinerary::priceCents)).orElse(itinerary);
        String comparison = cheapest == itinerary ? "the cheapest of the %d itineraries allowed".formatted(participant.getItineraryRange().size())
                : "%d itineraries are allowed; the cheapest, %s at %s, costs more once seats, stops, hours, shuttle slots and nights are counted"
                        .formatted(participant.getItineraryRange().size(), cheapest.id(), Money.fromCents(cheapest.priceCents()));
        return "Flies %s for %s, arriving %s and leaving %s (event time), %d connection(s): %s".formatted(itinerary.id(),
                Money.fromCents(itinerary.priceCents()), facts.arrival(), facts.departure(), itinerary.stops(), comparison);
    }

    private String roomReason(Participant participant) {
        Room room = participant.getRoom();
        List<String> roommates = solution.getParticipants().stream()
                .filter(other -> other != participant && other.isRoommateOf(participant)).map(other -> PersonNames.of(problem, other.getId())).toList();
        return "Sleeps in %s (%s, %d beds, %s a night) at %s (%d stars) for %d night(s)%s".formatted(room.id(), room.type(),
                room.capacity(), Money.fromCents(room.priceCents()), room.hotel().name(), room.hotel().stars(),
                participant.nightCount(), roommates.isEmpty() ? ", alone" : ", with " + String.join(", ", roommates));
    }

    /** Placements for one participant within a time budget, written in this language: see {@link Recommender}. */
    public Recommendations recommend(String participantId, int limit, Duration budget, BooleanSupplier cancelled,
            WrittenLanguage language) {
        return new Recommender(problem, solutionManager, budget, cancelled, language).recommend(participantId, limit);
    }

    private static RuleExplanation toRule(ConstraintAnalysis<HardMediumSoftLongScore> constraint) {
        String level = levelOf(constraint.constraintName());
        List<Justification> matches = constraint.matches() == null ? List.of()
                : constraint.matches().stream().map(match -> toJustification(constraint, match))
                        .sorted(Comparator.comparing(Justification::impact)).toList();
        return new RuleExplanation(constraint.constraintName(), level, impact(level, constraint.score()),
                constraint.matchCount(), matches);
    }

    /** The rules justify every match themselves; a match of a constraint without one keeps its impact. */
    private static Justification toJustification(ConstraintAnalysis<HardMediumSoftLongScore> constraint,
            MatchAnalysis<HardMediumSoftLongScore> match) {
        if (match.justification() instanceof Justification justification) {
            return justification;
        }
        return new Justification(String.valueOf(match.justification()), List.of(),
                impact(levelOf(constraint.constraintName()), match.score()));
    }

    private static String levelOf(String constraintName) {
        if (HARD_RULES.contains(constraintName)) {
            return "HARD";
        }
        return CaravanConstraints.NOT_BROUGHT.equals(constraintName) ? "MEDIUM" : "SOFT";
    }

    private static int levelOrder(String level) {
        return switch (level) {
            case "HARD" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }

    private static BigDecimal impact(String level, HardMediumSoftLongScore score) {
        return switch (level) {
            case "HARD" -> BigDecimal.valueOf(score.hardScore());
            case "MEDIUM" -> BigDecimal.valueOf(score.mediumScore());
            default -> Money.fromCents(score.softScore());
        };
    }

    private static String impactText(String constraintName, HardMediumSoftLongScore score) {
        String level = levelOf(constraintName);
        return switch (level) {
            case "HARD" -> score.hardScore() + " hard";
            case "MEDIUM" -> score.mediumScore() + " priority";
            default -> Money.fromCents(score.softScore()).toPlainString();
        };
    }
}
