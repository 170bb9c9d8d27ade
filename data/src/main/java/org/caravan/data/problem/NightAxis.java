package org.caravan.data.problem;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.NightRange;
import org.caravan.data.dataset.Participant;
import org.caravan.data.rules.StayRule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The nights a plan can use, from the night before the earliest possible arrival (the arrival window, the event's
 * first day, fixed arrivals) to the day of the latest possible departure; every stay lies in it. A set of nights is
 * a mask of {@link StayRule#MAX_HORIZON_NIGHTS} bits, bit i for night i.
 */
public final class NightAxis {

    private final LocalDate first;
    private final List<Night> nights;

    private NightAxis(LocalDate first, LocalDate last) {
        this.first = first;
        int count = (int) ChronoUnit.DAYS.between(first, last) + 1;
        if (count > StayRule.MAX_HORIZON_NIGHTS) {
            // The validator keeps stays within MAX_SPAN_NIGHTS; a mask cannot hold more.
            throw new IllegalStateException("The planning horizon from %s to %s has %d nights; at most %d fit in a mask."
                    .formatted(first, last, count, StayRule.MAX_HORIZON_NIGHTS));
        }
        List<Night> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(new Night(i, first.plusDays(i)));
        }
        this.nights = List.copyOf(list);
    }

    static NightAxis of(Dataset dataset) {
        LocalDate first = min(dataset.event().arrivalWindow().earliest().toLocalDate(), dataset.event().firstDay());
        LocalDate last = max(dataset.event().departureWindow().latest().toLocalDate(), dataset.event().lastDay());
        for (Participant participant : dataset.participants()) {
            if (participant.fixedArrival() != null) {
                first = min(first, participant.fixedArrival().toLocalDate());
            }
            if (participant.fixedDeparture() != null) {
                last = max(last, participant.fixedDeparture().toLocalDate());
            }
        }
        return new NightAxis(first.minusDays(1), last);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public List<Night> nights() {
        return nights;
    }

    public int size() {
        return nights.size();
    }

    /** The night of a date; a stay's dates always lie in the horizon. */
    public Night night(LocalDate date) {
        long index = ChronoUnit.DAYS.between(first, date);
        if (index < 0 || index >= nights.size()) {
            throw new IllegalArgumentException("The night of %s is outside the planning horizon %s to %s"
                    .formatted(date, first, nights.get(nights.size() - 1).date()));
        }
        return nights.get((int) index);
    }

    public long mask(List<LocalDate> dates) {
        long mask = 0L;
        for (LocalDate date : dates) {
            mask |= night(date).bit();
        }
        return mask;
    }

    /** The nights of a room's block that fall in the horizon. */
    public long mask(NightRange range) {
        long mask = 0L;
        for (Night night : nights) {
            if (range.contains(night.date())) {
                mask |= night.bit();
            }
        }
        return mask;
    }

    public List<Night> nightsOf(long mask) {
        List<Night> list = new ArrayList<>(Long.bitCount(mask));
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            list.add(nights.get(Long.numberOfTrailingZeros(rest)));
        }
        return List.copyOf(list);
    }

    public List<LocalDate> dates(long mask) {
        return nightsOf(mask).stream().map(Night::date).toList();
    }

    /** The nights of a mask as indexes, in order. */
    public static int[] indexes(long mask) {
        int[] indexes = new int[Long.bitCount(mask)];
        int i = 0;
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            indexes[i++] = Long.numberOfTrailingZeros(rest);
        }
        return indexes;
    }
}
