package org.caravan.data.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant needs a bed for night d (from date d to d+1) iff they arrive at or before d+1 04:00 and leave
 * at or after d+1 08:00, event local time: a red-eye arrival needs the night before.
 */
public final class StayRule {

    public static final LocalTime LATEST_ARRIVAL_FOR_PREVIOUS_NIGHT = LocalTime.of(4, 0);
    public static final LocalTime EARLIEST_DEPARTURE_AFTER_NIGHT = LocalTime.of(8, 0);

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
}
