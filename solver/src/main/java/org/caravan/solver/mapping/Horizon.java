package org.caravan.solver.mapping;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.NightRange;
import org.caravan.data.dataset.Participant;
import org.caravan.data.rules.StayRule;
import org.caravan.solver.domain.Night;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The nights a plan can use, from the night before the earliest possible arrival to the latest possible departure.
 * Stays are kept as 64-bit masks over these nights.
 */
public final class Horizon {

    private final LocalDate first;
    private final List<Night> nights;

    private Horizon(LocalDate first, LocalDate last) {
        this.first = first;
        int count = (int) ChronoUnit.DAYS.between(first, last) + 1;
        if (count > StayRule.MAX_HORIZON_NIGHTS) {
            throw new IllegalArgumentException("The planning horizon from %s to %s has %d nights; at most %d are supported."
                    .formatted(first, last, count, StayRule.MAX_HORIZON_NIGHTS));
        }
        List<Night> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(new Night(i, first.plusDays(i)));
        }
        this.nights = List.copyOf(list);
    }

    public static Horizon of(Dataset dataset) {
        LocalDate first = dataset.event().arrivalWindow().earliest().toLocalDate().minusDays(1);
        LocalDate last = dataset.event().departureWindow().latest().toLocalDate();
        first = min(first, dataset.event().firstDay().minusDays(1));
        last = max(last, dataset.event().lastDay());
        for (Participant participant : dataset.participants()) {
            if (participant.fixedArrival() != null) {
                first = min(first, participant.fixedArrival().toLocalDate().minusDays(1));
            }
            if (participant.fixedDeparture() != null) {
                last = max(last, participant.fixedDeparture().toLocalDate());
            }
        }
        return new Horizon(first, last);
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

    public long mask(List<LocalDate> dates) {
        long mask = 0L;
        for (LocalDate date : dates) {
            mask |= night(date).bit();
        }
        return mask;
    }

    public List<Night> nightsOf(long mask) {
        List<Night> list = new ArrayList<>(Long.bitCount(mask));
        for (Night night : nights) {
            if ((mask & night.bit()) != 0) {
                list.add(night);
            }
        }
        return List.copyOf(list);
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

    public List<LocalDate> dates(long mask) {
        return nightsOf(mask).stream().map(Night::date).toList();
    }

    private Night night(LocalDate date) {
        long index = ChronoUnit.DAYS.between(first, date);
        if (index < 0 || index >= nights.size()) {
            throw new IllegalArgumentException("The night of %s is outside the planning horizon %s to %s"
                    .formatted(date, first, nights.get(nights.size() - 1).date()));
        }
        return nights.get((int) index);
    }
}
