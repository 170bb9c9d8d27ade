package org.caravan.solver.construction;

import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Segment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Makes the plan a re-plan starts from fit the money and the seats again, as a planner would after a budget or fund
 * cut, money spent on cancelled bookings, dearer actual prices or fewer seats: while the budget, a fund or a limited
 * flight is over, the person who matters least among those who may be left out (not booked, not required: the
 * fewest priority points per euro of their own costs) is left out. Must-attend people are placed before ({@link GreedyPlacement#placeRequired}),
 * so they are never the ones left out. The search then starts from a plan that breaks none of these rules, instead
 * of trading an overspend for broken rooming rules; {@link GreedyPlacement} and the search bring people back where the
 * money allows.
 */
public final class StartRepair {

    private StartRepair() {
    }

    public static void fitMoneyAndSeats(CaravanSolution solution) {
        while (true) {
            PlanState state = PlanState.of(solution);
            Optional<Participant> out = overBudget(solution, state).or(() -> overFund(solution, state))
                    .or(() -> overSeats(solution, state));
            if (out.isEmpty()) {
                return;
            }
            out.get().setRoom(null);
        }
    }

    private static Optional<Participant> overBudget(CaravanSolution solution, PlanState state) {
        if (state.budgetSpendingCents() <= solution.getBudget().totalCents()) {
            return Optional.empty();
        }
        return leastNeeded(solution, participant -> participant.getPayer().inBudget());
    }

    private static Optional<Participant> overFund(CaravanSolution solution, PlanState state) {
        for (Map.Entry<Payer, Long> spending : state.spendingByPayer().entrySet()) {
            Payer payer = spending.getKey();
            if (payer.isCapped() && spending.getValue() > payer.capCents()) {
                Optional<Participant> out = leastNeeded(solution, participant -> participant.getPayer() == payer);
                if (out.isPresent()) {
                    return out;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Participant> overSeats(CaravanSolution solution, PlanState state) {
        for (Participant flyer : solution.getParticipants()) {
            if (!flyer.isFlyingBrought()) {
                continue;
            }
            for (Segment segment : flyer.getItinerary().limitedSegments()) {
                if (state.seatsTaken(segment) > segment.seats()) {
                    Optional<Participant> out = leastNeeded(solution,
                            participant -> participant.flies() && participant.getItinerary().limitedSegments().contains(segment));
                    if (out.isPresent()) {
                        return out;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Participant> leastNeeded(CaravanSolution solution, Predicate<Participant> concerned) {
        List<Participant> candidates = solution.getParticipants().stream()
                .filter(participant -> participant.isBrought() && participant.isRoomMovable() && !participant.isMustAttend()
                        && concerned.test(participant))
                .toList();
        // The fewest priority points for the money: priority per euro of their own costs, lowest first.
        return candidates.stream().min(Comparator.comparingDouble(
                participant -> participant.getPriority() / (double) Math.max(1, participant.personalCostCents())));
    }
}
