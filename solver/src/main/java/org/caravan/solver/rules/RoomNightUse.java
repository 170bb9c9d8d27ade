package org.caravan.solver.rules;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import org.caravan.data.facts.Money;
import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.Lodging;
import org.caravan.solver.domain.Night;
import org.caravan.solver.domain.Payer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one room is used on one night: how many sleep there and what each payer owes for it (the price times its
 * occupants over all occupants, to the cent). Collected incrementally, so a move touches a handful of counters
 * instead of rebuilding lists of occupants.
 */
public record RoomNightUse(int occupants, List<PayerShare> shares) {

    /** Collects the occupants of one room-night. */
    static BiConstraintCollector<Attendee, Night, Tally, RoomNightUse> collector() {
        return new BiConstraintCollector<>() {
            @Override
            public Supplier<Tally> supplier() {
                return Tally::new;
            }

            @Override
            public TriFunction<Tally, Attendee, Night, Runnable> accumulator() {
                return (tally, attendee, night) -> tally.add(attendee);
            }

            @Override
            public Function<Tally, RoomNightUse> finisher() {
                return Tally::use;
            }
        };
    }

    /** The mutable counts behind one room-night: occupants per payer. Rooms hold a few payers at most. */
    static final class Tally {
        private Lodging room;
        private final List<Payer> payers = new ArrayList<>(2);
        private final List<int[]> counts = new ArrayList<>(2);
        private int total;

        Runnable add(Attendee attendee) {
            room = attendee.getRoom();
            Payer payer = attendee.getPayer();
            int[] count = countOf(payer);
            count[0]++;
            total++;
            return () -> {
                count[0]--;
                total--;
                if (count[0] == 0) {
                    int index = indexOf(payer);
                    payers.remove(index);
                    counts.remove(index);
                }
            };
        }

        /** Payers are one instance each per problem: identity is enough, and cheaper than comparing records. */
        private int indexOf(Payer payer) {
            for (int i = 0; i < payers.size(); i++) {
                if (payers.get(i) == payer) {
                    return i;
                }
            }
            return -1;
        }

        private int[] countOf(Payer payer) {
            int index = indexOf(payer);
            if (index >= 0) {
                return counts.get(index);
            }
            int[] count = new int[1];
            payers.add(payer);
            counts.add(count);
            return count;
        }

        RoomNightUse use() {
            List<PayerShare> shares = new ArrayList<>(payers.size());
            for (int i = 0; i < payers.size(); i++) {
                shares.add(new PayerShare(payers.get(i), Money.share(room.priceCents(), counts.get(i)[0], total)));
            }
            return new RoomNightUse(total, shares);
        }
    }
}
