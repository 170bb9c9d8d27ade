package org.caravan.data.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant needs a bed for night d (from date d to d+1) iff they arrive at or before d+1 04:00 and leave
 * at or after d+1 08:00, event local time: a red-eye arrival needs the night before. Ground travellers without fixed
 * dates stay from the first day 08:00 to the last day 18:00.
 * <p>
 * The nights of a plan are kept as the bits of a {@code long}, one per night of the horizon (from the night before the
 * earliest possible arrival to the day of the latest possible departure): {@value #MAX_HORIZON_NIGHTS} at most.
 */
public final class StayRule {

    public static final LocalTime LATEST_ARRIVAL_FOR_PREVIOUS_NIGHT = LocalTime.of(4, 0);
    public static final LocalTime EARLIEST_DEPARTURE_AFTER_NIGHT = LocalTime.of(8, 0);
    public static final LocalTime DEFAULT_GROUND_ARRIVAL = LocalTime.of(8, 0);
    public static final LocalTime DEFAULT_GROUND_DEPARTURE = LocalTime.of(18, 0);

    /** The most nights a horizon has: a stay is a mask of 64 bits. */
    public static final int MAX_HORIZON_NIGHTS = Long.SIZE;
    /**
     * The most nights a dataset's stays may span ({@link #spanNights}); the horizon counts the departure day's night too,
     * and one more bit is kept spare.
     */
    public static final int MAX_SPAN_NIGHTS = MAX_HORIZON_NIGHTS - 2;

    private StayRule() {
    }

    public static List<LocalDate> nights(LocalDateTime arrival, LocalDateTime departure) {
        List<LocalDate> nights = new ArrayList<>();
        for (LocalDate night = arrival.toLocalDate().minusDays(1);
                !night.isAfter(departure.toLocalDate()); night = night.plusDays(1)) {
            LocalDate morning = night.plusDays(1);
            boolean arrivedInTime = !arrival.isAfter(morning.atTime(LATEST_ARRIVAL_FOR_PREVIOUS_NIGHT));
            boolean staysUntilMorning = !departure.isBefore(morning.atTime(EARLIEST_DEPARTURE_AFTER_NIGHT));
            if (arrivedInTime && staysUntilMorning) {
                nights.add(night);
            }
        }
        return nights;
    }

    /** Nights from the night before {@code firstArrivalDay} up to, not including, the night of {@code lastDepartureDay}. */
    public static long spanNights(LocalDate firstArrivalDay, LocalDate lastDepartureDay) {
        return ChronoUnit.DAYS.between(firstArrivalDay.minusDays(1), lastDepartureDay);
    }
}
