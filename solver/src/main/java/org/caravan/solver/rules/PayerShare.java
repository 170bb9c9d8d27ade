package org.caravan.solver.rules;

import org.caravan.data.rules.Money;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one payer owes for one room-night: the price times its occupants over all occupants, to the cent. */
public record PayerShare(Payer payer, long cents) {

    public static List<PayerShare> of(Room room, List<Participant> occupants) {
        Map<Payer, Integer> counts = new LinkedHashMap<>();
        for (Participant occupant : occupants) {
            counts.merge(occupant.getPayer(), 1, Integer::sum);
        }
        List<PayerShare> shares = new ArrayList<>(counts.size());
        counts.forEach((payer, count) -> shares.add(
                new PayerShare(payer, Money.share(room.priceCents(), count, occupants.size()))));
        return shares;
    }
}
