package org.caravan.solver.rules;

import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Lodging;
import org.caravan.solver.domain.Night;
import org.caravan.solver.domain.Payer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each payer spends in a solution, by the same shares the budget rules use (for the plan's {@code byFund}). */
public final class Spending {

    private Spending() {
    }

    public static Map<Payer, Long> byPayer(CaravanSolution solution) {
        Map<Payer, Long> spending = new LinkedHashMap<>();
        Map<Lodging, Map<Night, List<Attendee>>> roomNights = new HashMap<>();
        for (Attendee attendee : solution.getAttendees()) {
            if (!attendee.isBrought()) {
                continue;
            }
            spending.merge(attendee.getPayer(), attendee.personalCostCents(), Long::sum);
            if (attendee.isInRealRoom()) {
                for (Night night : attendee.stays()) {
                    roomNights.computeIfAbsent(attendee.getRoom(), room -> new HashMap<>())
                            .computeIfAbsent(night, key -> new ArrayList<>()).add(attendee);
                }
            }
        }
        roomNights.forEach((room, nights) -> nights.values().forEach(occupants ->
                PayerShare.of(room, occupants).forEach(share -> spending.merge(share.payer(), share.cents(), Long::sum))));
        return spending;
    }
}
