package org.caravan.solver.analysis;

import org.caravan.data.plan.NotBroughtReason.Code;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.rules.Money;
import org.caravan.data.text.Amount;
import org.caravan.data.text.Text;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.solver.construction.PlanState;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.Segment;
import org.caravan.solver.mapping.CaravanProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * For each participant left out, what specifically blocks them, in the order a planner would check: no itinerary
 * they may fly (and which rule blocks each), no seats, no compatible room, then money and priority.
 */
public final class WhyNotBrought implements Function<Participant, List<NotBroughtReason>> {

    private static final int MAX_ITINERARY_REASONS = 8;
    /** The cheapest itineraries with seats stand for the rest: a dearer itinerary does not fit the budget better. */
    private static final int ITINERARIES_WEIGHED = 3;

    private final DatasetIndex index;
    private final PlanState state;

    public WhyNotBrought(CaravanProblem problem, CaravanSolution solution) {
        this.index = problem.index();
        this.state = PlanState.of(solution);
    }

    @Override
    public List<NotBroughtReason> apply(Participant participant) {
        var registered = index.participant(participant.getId());
        if (!participant.flies()) {
            List<NotBroughtReason> blocked = index.groundBlockers(registered);
            if (!blocked.isEmpty()) {
                return blocked;
            }
        } else if (!participant.getItinerary().isFlight()) {
            return itineraryBlockers(registered);
        }
        List<Itinerary> withSeats = state.cheapestItinerariesWithSeats(participant, ITINERARIES_WEIGHED);
        if (withSeats.isEmpty()) {
            return List.of(noSeats(participant));
        }
        PlanState.Affordability closest = null;
        boolean anyRoom = false;
        for (Itinerary itinerary : withSeats) {
            for (Room room : participant.getRoomRange()) {
                if (room.isReal() && !state.fits(participant, room, participant.stayMask(itinerary))) {
                    continue;
                }
                anyRoom = true;
                PlanState.Affordability money = state.afford(participant, itinerary, room);
                if (money instanceof PlanState.Affordable) {
                    return List.of(new NotBroughtReason(Code.PRIORITY_TRADE_OFF, itinerary.isFlight() ? itinerary.id() : null,
                            Text.of("reason.priorityTradeOff", room.isReal() ? room.id() : Text.of("reason.noBedNeeded"),
                                    participant.getId(), participant.getPriority())));
                }
                if (closest == null || shortfall(money) < shortfall(closest)) {
                    closest = money;
                }
                break; // rooms are in no price order here: one fitting room per itinerary shows the money is short
            }
        }
        if (!anyRoom) {
            return List.of(new NotBroughtReason(Code.NO_COMPATIBLE_ROOM, null, Text.of("reason.noCompatibleRoom",
                    participant.getId(), participant.getGender(),
                    participant.needsSingleRoom() ? Text.of("reason.needingSingleRoom") : Text.verbatim(""),
                    participant.needsAccessibleRoom() ? Text.of("reason.needingAccessibleRoom") : Text.verbatim(""))));
        }
        return List.of(moneyReason(participant, closest));
    }

    private static long shortfall(PlanState.Affordability money) {
        if (money instanceof PlanState.FundShort fund) {
            return fund.neededCents() - fund.leftCents();
        }
        if (money instanceof PlanState.BudgetShort budget) {
            return budget.neededCents() - budget.leftCents();
        }
        return 0;
    }

    private NotBroughtReason moneyReason(Participant participant, PlanState.Affordability money) {
        if (money instanceof PlanState.FundShort fund) {
            return new NotBroughtReason(Code.FUND_EXHAUSTED, null, Text.of("reason.fundExhausted", fund.payer().key(),
                    amount(fund.leftCents()), participant.getId(), amount(fund.neededCents())));
        }
        PlanState.BudgetShort budget = (PlanState.BudgetShort) money;
        return new NotBroughtReason(Code.BUDGET, null, Text.of("reason.budget", participant.getId(), participant.getPriority(),
                amount(budget.neededCents()), amount(budget.leftCents())));
    }

    private static Amount amount(long cents) {
        return new Amount(Money.fromCents(cents));
    }

    private List<NotBroughtReason> itineraryBlockers(org.caravan.data.dataset.Participant registered) {
        List<NotBroughtReason> reasons = new ArrayList<>();
        for (ItineraryFacts facts : index.itinerariesFrom(registered.homeAirports())) {
            reasons.addAll(index.blockers(registered, facts));
        }
        if (reasons.isEmpty()) {
            return List.of(new NotBroughtReason(Code.NO_ITINERARY, null,
                    Text.of("reason.noItinerary", registered.id(), registered.homeAirports())));
        }
        return reasons.size() > MAX_ITINERARY_REASONS ? reasons.subList(0, MAX_ITINERARY_REASONS) : reasons;
    }

    private NotBroughtReason noSeats(Participant participant) {
        List<Text> full = new ArrayList<>();
        for (Itinerary itinerary : participant.getItineraryRange()) {
            for (Segment segment : itinerary.limitedSegments()) {
                if (state.seatsTaken(segment) >= segment.seats()) {
                    full.add(Text.of("reason.fullSegment", itinerary.id(), segment.id(), state.seatsTaken(segment), segment.seats()));
                    break;
                }
            }
        }
        return new NotBroughtReason(Code.NO_SEATS, null, Text.of("reason.noSeats", participant.getId(),
                Text.join("; ", full.size() > MAX_ITINERARY_REASONS ? full.subList(0, MAX_ITINERARY_REASONS) : full)));
    }
}
