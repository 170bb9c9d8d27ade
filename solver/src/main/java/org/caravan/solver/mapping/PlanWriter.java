package org.caravan.solver.mapping;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Costs;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.SoftRule;
import org.caravan.solver.construction.PlanState;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.rules.CaravanConstraints;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Translates a solution back into the public plan format. Score, costs and penalties are the solver's own numbers
 * (from its score analysis), so that the independent checker can hold them to account.
 */
public final class PlanWriter {

    private PlanWriter() {
    }

    public static Plan write(CaravanProblem problem, CaravanSolution solution, ScoreAnalysis<HardMediumSoftLongScore> analysis,
            int version, @Nullable Plan bookings, Function<Participant, List<NotBroughtReason>> whyNotBrought) {
        Map<String, Assignment> booked = new HashMap<>();
        if (bookings != null) {
            bookings.assignments().forEach(assignment -> booked.put(assignment.participant(), assignment));
        }
        List<Assignment> assignments = new ArrayList<>(solution.getParticipants().size());
        for (Participant participant : solution.getParticipants()) {
            if (!participant.isBrought()) {
                assignments.add(Assignment.notBrought(participant.getId(), whyNotBrought.apply(participant)));
                continue;
            }
            Assignment previous = booked.get(participant.getId());
            boolean ticketIssued = previous != null && previous.ticketIssued()
                    && Objects.equals(previous.itinerary(), participant.itineraryId());
            boolean roomConfirmed = previous != null && previous.roomConfirmed()
                    && Objects.equals(previous.room(), participant.roomId());
            assignments.add(new Assignment(participant.getId(), true, participant.itineraryId(), participant.roomId(),
                    problem.nights().dates(participant.stayMask()), ticketIssued, roomConfirmed, null,
                    ticketIssued ? previous.ticketPrice() : null, roomConfirmed ? previous.roomPricePerNight() : null));
        }
        HardMediumSoftLongScore score = analysis.score();
        long flights = costOf(analysis, CaravanConstraints.FLIGHT_COST);
        long rooms = costOf(analysis, CaravanConstraints.ROOM_COST);
        long taxes = costOf(analysis, CaravanConstraints.TOURIST_TAX);
        long visas = costOf(analysis, CaravanConstraints.VISA_FEES);
        long spent = costOf(analysis, CaravanConstraints.MONEY_SPENT);
        Map<String, BigDecimal> byFund = new LinkedHashMap<>();
        Map<Payer, Long> spending = PlanState.of(solution).spendingByPayer();
        for (Payer payer : solution.getPayers()) {
            Long cents = spending.get(payer);
            if (cents != null) {
                byFund.put(payer.key(), Money.fromCents(cents));
            }
        }
        Map<String, BigDecimal> penalties = new LinkedHashMap<>();
        for (SoftRule rule : SoftRule.values()) {
            penalties.put(rule.key(), Money.fromCents(costOf(analysis, rule.title())));
        }
        return new Plan(Plan.FORMAT, problem.index().dataset().event().name(), version,
                toPlanScore(score), score.hardScore() == 0, assignments,
                new Costs(Money.fromCents(flights + rooms + taxes + visas + spent), Money.fromCents(flights), Money.fromCents(rooms),
                        Money.fromCents(taxes), Money.fromCents(visas), byFund, spent == 0 ? null : Money.fromCents(spent)),
                penalties);
    }

    public static PlanScore toPlanScore(HardMediumSoftLongScore score) {
        return new PlanScore(score.hardScore(), score.mediumScore(), Money.fromCents(score.softScore()));
    }

    /** A soft constraint's total as a positive amount of cents; zero when the rule is switched off. */
    private static long costOf(ScoreAnalysis<HardMediumSoftLongScore> analysis, String constraintName) {
        ConstraintAnalysis<HardMediumSoftLongScore> constraint = analysis.getConstraintAnalysis(constraintName);
        return constraint == null ? 0L : -constraint.score().softScore();
    }
}
