package org.caravan.solver.mapping;

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
import org.caravan.solver.rules.RuleTotals;
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
 * Translates a solution back into the public plan format. The score is the solver's; costs and penalties are the
 * totals of its soft constraints ({@link RuleTotals}), so that the independent checker can hold both to account.
 */
public final class PlanWriter {

    private PlanWriter() {
    }

    public static Plan write(CaravanProblem problem, CaravanSolution solution, HardMediumSoftLongScore score, int version, @Nullable Plan bookings, Function<Participant, List<NotBroughtReason>> whyNotBrought) {
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
        RuleTotals totals = RuleTotals.of(solution);
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
            penalties.put(rule.key(), Money.fromCents(totals.penalty(rule)));
        }
        return new Plan(Plan.FORMAT, problem.index().dataset().event().name(), version,
                toPlanScore(score), score.hardScore() == 0, assignments,
                new Costs(Money.fromCents(totals.costs()), Money.fromCents(totals.flights()), Money.fromCents(totals.rooms()),
                        Money.fromCents(totals.taxes()), Money.fromCents(totals.visas()), byFund,
                        totals.spent() == 0 ? null : Money.fromCents(totals.spent())),
                penalties, bookings == null ? null : bookings.version());
    }

    public static PlanScore toPlanScore(HardMediumSoftLongScore score) {
        return new PlanScore(score.hardScore(), score.mediumScore(), Money.fromCents(score.softScore()));
    }
}
