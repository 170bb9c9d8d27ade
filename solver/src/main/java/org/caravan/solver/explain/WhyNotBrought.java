package org.caravan.solver.explain;

import org.caravan.data.dataset.Participant;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.rules.Money;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.NotBroughtReason.Code;
import org.caravan.solver.construction.PlanState;
import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.FlightLeg;
import org.caravan.solver.domain.Lodging;
import org.caravan.solver.domain.Trip;
import org.caravan.solver.mapping.CaravanProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * For each participant left out, what specifically blocks them, in the order a planner would check: no itinerary
 * they may fly (and which rule blocks each), no seats, no compatible room, then money and priority.
 */
public final class WhyNotBrought implements Function<Attendee, List<NotBroughtReason>> {

    private static final int MAX_ITINERARY_REASONS = 8;
    /** The cheapest trips with seats stand for the rest: a dearer trip does not fit the budget better. */
    private static final int TRIPS_WEIGHED = 3;

    private final DatasetIndex index;
    private final PlanState state;

    public WhyNotBrought(CaravanProblem problem, CaravanSolution solution) {
        this.index = problem.index();
        this.state = PlanState.of(solution);
    }

    @Override
    public List<NotBroughtReason> apply(Attendee attendee) {
        Participant participant = index.participant(attendee.getId());
        if (!participant.flies()) {
            List<NotBroughtReason> blocked = index.groundBlockers(participant);
            if (!blocked.isEmpty()) {
                return blocked;
            }
        } else if (!attendee.getTrip().isFlight()) {
            return itineraryBlockers(participant);
        }
        List<Trip> withSeats = state.cheapestTripsWithSeats(attendee, TRIPS_WEIGHED);
        if (withSeats.isEmpty()) {
            return List.of(noSeats(attendee));
        }
        Trip previous = attendee.getTrip();
        try {
            PlanState.Money closest = null;
            boolean anyRoom = false;
            for (Trip trip : withSeats) {
                attendee.setTrip(trip);
                for (Lodging room : attendee.getRoomRange()) {
                    if (room.isReal() && !state.fits(attendee, room, attendee.nightsMask())) {
                        continue;
                    }
                    anyRoom = true;
                    PlanState.Money money = state.afford(attendee, trip, room);
                    if (money instanceof PlanState.Affordable) {
                        return List.of(new NotBroughtReason(Code.PRIORITY_TRADE_OFF, trip.isFlight() ? trip.id() : null,
                                "A seat, a bed (%s) and the money are there; bringing %s (priority %d) did not pay off in the search, which stopped first"
                                        .formatted(room.isReal() ? room.id() : "none needed", attendee.getId(), attendee.getPriority())));
                    }
                    if (closest == null || shortfall(money) < shortfall(closest)) {
                        closest = money;
                    }
                    break; // rooms are in no price order here: one fitting room per trip shows the money is short
                }
            }
            if (!anyRoom) {
                return List.of(new NotBroughtReason(Code.NO_COMPATIBLE_ROOM, null,
                        "No room has a free bed on every night of %s's stay that a %s%s%s can share".formatted(attendee.getId(),
                                attendee.getGender(), attendee.needsSingleRoom() ? " needing a single room" : "",
                                attendee.needsAccessibleRoom() ? " needing an accessible room" : "")));
            }
            return List.of(moneyReason(attendee, closest));
        } finally {
            attendee.setTrip(previous);
        }
    }

    private static long shortfall(PlanState.Money money) {
        if (money instanceof PlanState.FundShort fund) {
            return fund.neededCents() - fund.leftCents();
        }
        if (money instanceof PlanState.BudgetShort budget) {
            return budget.neededCents() - budget.leftCents();
        }
        return 0;
    }

    private NotBroughtReason moneyReason(Attendee attendee, PlanState.Money money) {
        if (money instanceof PlanState.FundShort fund) {
            return new NotBroughtReason(Code.FUND_EXHAUSTED, null, "Fund %s has %s left; bringing %s costs it %s".formatted(
                    fund.payer().key(), Money.fromCents(fund.leftCents()), attendee.getId(), Money.fromCents(fund.neededCents())));
        }
        PlanState.BudgetShort budget = (PlanState.BudgetShort) money;
        return new NotBroughtReason(Code.BUDGET, null,
                "Bringing %s (priority %d) costs at least %s; %s of the budget is left, spent on people of higher priority or lower cost"
                        .formatted(attendee.getId(), attendee.getPriority(), Money.fromCents(budget.neededCents()),
                                Money.fromCents(budget.leftCents())));
    }

    private List<NotBroughtReason> itineraryBlockers(Participant participant) {
        List<NotBroughtReason> reasons = new ArrayList<>();
        for (ItineraryFacts facts : index.itinerariesFrom(participant.homeAirports())) {
            reasons.addAll(index.blockers(participant, facts));
        }
        if (reasons.isEmpty()) {
            return List.of(new NotBroughtReason(Code.NO_ITINERARY, null,
                    "No itinerary in the dataset starts at %s's home airports %s".formatted(participant.id(), participant.homeAirports())));
        }
        return reasons.size() > MAX_ITINERARY_REASONS ? reasons.subList(0, MAX_ITINERARY_REASONS) : reasons;
    }

    private NotBroughtReason noSeats(Attendee attendee) {
        List<String> full = new ArrayList<>();
        for (Trip trip : attendee.getTripRange()) {
            for (FlightLeg leg : trip.limitedLegs()) {
                if (state.seatsTaken(leg) >= leg.seats()) {
                    full.add("%s on %s (%d/%d)".formatted(trip.id(), leg.id(), state.seatsTaken(leg), leg.seats()));
                    break;
                }
            }
        }
        return new NotBroughtReason(Code.NO_SEATS, null, "Every itinerary %s may fly is full: %s"
                .formatted(attendee.getId(), String.join("; ", full.size() > MAX_ITINERARY_REASONS ? full.subList(0, MAX_ITINERARY_REASONS) : full)));
    }
}
