package org.caravan.solver.rules;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import org.caravan.data.problem.Night;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.StayRule;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Room;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
 * @param occupants    who sleeps there on at least one night
 */
public record RoomUse(long usedMask, long overfullMask, long overflow, long costCents, List<PayerShare> shares,
        List<Participant> occupants) {

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

    public int usedNights() {
        return Long.bitCount(usedMask);
    }

    /** The overfull nights' dates, for a sentence (worked out from the occupants' nights only when asked). */
    public String overfullDates() {
        return occupants.stream().flatMap(occupant -> occupant.nights().stream())
                .filter(night -> (overfullMask & night.bit()) != 0)
                .distinct()
                .sorted(Comparator.comparingInt(Night::index))
                .map(night -> night.date().toString())
                .collect(Collectors.joining(", "));
    }

    public List<String> occupantIds() {
        return occupants.stream().map(Participant::getId).toList();
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
        private final List<Participant> occupants = new ArrayList<>(4);
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
            occupants.add(participant);
            return () -> {
                for (long rest = mask; rest != 0; rest &= rest - 1) {
                    int night = Long.numberOfTrailingZeros(rest);
                    total[night]--;
                    count[night]--;
                }
                removeIdentical(occupants, participant);
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

        private static void removeIdentical(List<Participant> list, Participant participant) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == participant) {
                    list.remove(i);
                    return;
                }
            }
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
            return new RoomUse(used, overfull, overflow, room.costCents(used), shares,
                    List.copyOf(occupants));
        }
    }
}
