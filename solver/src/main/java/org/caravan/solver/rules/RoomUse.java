package org.caravan.solver.rules;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.StayRule;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Room;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one room is used over the horizon: on which nights, by how many people beyond its beds, what it costs, and what
 * each payer owes for it (per room-night, the price times the payer's occupants over all occupants, rounded to the
 * cent, as docs/RULES.md says; then summed over the nights).
 * <p>
 * One tally per room, kept incrementally: moving a participant touches one room's counters instead of one group per
 * night of their stay, which is most of what a move costs to score.
 *
 * @param usedMask     the nights someone sleeps in the room
 * @param overfullMask the nights more people sleep there than it has beds
 * @param overflow     people over capacity, summed over the nights
 * @param costCents    the room's price for each used night
 * @param shares       what each payer owes for the room, one entry per payer
 */
public record RoomUse(long usedMask, long overfullMask, long overflow, long costCents, List<PayerShare> shares) {

    /** Collects the brought participants of one room. */
    static UniConstraintCollector<Participant, Tally, RoomUse> collector() {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<Tally> supplier() {
                return Tally::new;
            }

            @Override
            public BiFunction<Tally, Participant, Runnable> accumulator() {
                return Tally::add;
            }

            @Override
            public Function<Tally, RoomUse> finisher() {
                return Tally::use;
            }
        };
    }

    /** The mutable counts behind one room: occupants per night, in total and per payer. Rooms hold a few payers. */
    static final class Tally {
        private static final int MAX_NIGHTS = StayRule.MAX_HORIZON_NIGHTS;
        /** The slot of a payer's counts that holds how many of the room's occupants it pays for. */
        private static final int MEMBERS = MAX_NIGHTS;

        private Room room;
        private final int[] total = new int[MAX_NIGHTS];
        private final List<Payer> payers = new ArrayList<>(2);
        private final List<int[]> counts = new ArrayList<>(2);
        /** One past the last night anyone has used: the nights to look at. */
        private int horizon;

        Runnable add(Participant participant) {
            room = participant.getRoom();
            // What the undo takes back is what was added, whatever the participant's itinerary has become meanwhile.
            long mask = participant.stayMask();
            Payer payer = participant.getPayer();
            int[] count = countOf(payer);
            horizon = Math.max(horizon, Long.SIZE - Long.numberOfLeadingZeros(mask));
            count[MEMBERS]++;
            for (long rest = mask; rest != 0; rest &= rest - 1) {
                int night = Long.numberOfTrailingZeros(rest);
                total[night]++;
                count[night]++;
            }
            return () -> {
                for (long rest = mask; rest != 0; rest &= rest - 1) {
                    int night = Long.numberOfTrailingZeros(rest);
                    total[night]--;
                    count[night]--;
                }
                if (--count[MEMBERS] == 0) {
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
            int[] count = new int[MAX_NIGHTS + 1];
            payers.add(payer);
            counts.add(count);
            return count;
        }

        RoomUse use() {
            long used = 0L;
            long overfull = 0L;
            long overflow = 0L;
            long[] owed = new long[payers.size()];
            for (int night = 0; night < horizon; night++) {
                int people = total[night];
                if (people == 0) {
                    continue;
                }
                used |= 1L << night;
                if (people > room.capacity()) {
                    overfull |= 1L << night;
                    overflow += people - room.capacity();
                }
                for (int i = 0; i < owed.length; i++) {
                    int mine = counts.get(i)[night];
                    if (mine > 0) {
                        owed[i] += Money.share(room.priceCents(), mine, people);
                    }
                }
            }
            List<PayerShare> shares = new ArrayList<>(owed.length);
            for (int i = 0; i < owed.length; i++) {
                shares.add(new PayerShare(payers.get(i), owed[i]));
            }
            return new RoomUse(used, overfull, overflow, room.costCents(used), shares);
        }
    }
}
