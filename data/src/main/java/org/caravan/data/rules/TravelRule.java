package org.caravan.data.rules;

/**
 * What an itinerary costs a traveller beyond its fare (docs/RULES.md, perTravelHour and longLayover): hours of travel,
 * weighted per direction, and connections that make them wait too long.
 */
public final class TravelRule {

    /** A connection longer than this is a long layover. */
    public static final long LONG_LAYOVER_MINUTES = 6 * 60;

    private TravelRule() {
    }

    public static boolean isLongLayover(long layoverMinutes) {
        return layoverMinutes > LONG_LAYOVER_MINUTES;
    }

    /** The hourly weight applied to each direction's real elapsed minutes, each rounded half up to the cent. */
    public static long travelHourCents(long centsPerHour, long outboundMinutes, long returnMinutes) {
        return Money.perHour(centsPerHour, outboundMinutes) + Money.perHour(centsPerHour, returnMinutes);
    }
}
