package org.caravan.data.validation;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.TimeWindow;

/** The format and the event: name, time zone, currency, venue, days, arrival and departure windows. */
final class EventSection extends Section {

    EventSection(Section.Context context) {
        super(context);
    }

    @Override
    void check() {
        checkFormat();
        checkEvent();
    }

    private void checkFormat() {
        if (!Dataset.FORMAT.equals(dataset.format())) {
            issue("$.format", dataset.format() == null
                    ? "The dataset has no format; it must be \"%s\".".formatted(Dataset.FORMAT)
                    : "The format (%s) is not supported; it must be \"%s\".".formatted(dataset.format(), Dataset.FORMAT));
        }
    }

    private void checkEvent() {
        Event event = dataset.event();
        if (event == null) {
            issue("$.event", "The dataset has no event; it needs at least a name, time zone, venue airport, "
                    + "first and last day, arrival and departure windows.");
            return;
        }
        requireText("$.event.name", event.name(), "The event has no name.");
        checkEventTimeZone(event);
        checkCurrency(event);
        checkVenue(event);
        checkEventDays(event);
        checkWindow("$.event.arrivalWindow", "arrival window", event.arrivalWindow());
        checkWindow("$.event.departureWindow", "departure window", event.departureWindow());
        checkWindowsInOrder(event);
    }

    private void checkEventTimeZone(Event event) {
        if (isBlank(event.timeZone())) {
            issue("$.event.timeZone", "The event has no time zone; give a region name such as Africa/Tunis.");
        } else if (zone(event.timeZone()).isEmpty()) {
            issue("$.event.timeZone", "The event's time zone (%s) is unknown; use a region name such as Africa/Tunis."
                    .formatted(event.timeZone()));
        }
    }

    private void checkCurrency(Event event) {
        if (event.currency() != null && !CURRENCY_CODE.matcher(event.currency()).matches()) {
            issue("$.event.currency", "The currency (%s) must be three upper-case letters (ISO 4217), such as EUR."
                    .formatted(event.currency()));
        }
    }

    private void checkVenue(Event event) {
        if (event.venue() == null) {
            issue("$.event.venue", "The event has no venue; it needs at least the venue's airport code.");
        } else if (isBlank(event.venue().airport())) {
            issue("$.event.venue.airport", "The venue has no airport; give the code of the airport participants fly to.");
        } else if (!airportCodes.contains(event.venue().airport())) {
            issue("$.event.venue.airport", "The venue airport (%s) is not in airports; add it there or correct the code."
                    .formatted(event.venue().airport()));
        }
        if (event.venue() != null) {
            requireCoordinates("$.event.venue", event.venue().lat(), event.venue().lon(), "The venue");
        }
    }

    private void checkEventDays(Event event) {
        if (event.firstDay() == null) {
            issue("$.event.firstDay", "The event has no first day (YYYY-MM-DD).");
        }
        if (event.lastDay() == null) {
            issue("$.event.lastDay", "The event has no last day (YYYY-MM-DD).");
        }
        if (event.firstDay() != null && event.lastDay() != null && event.firstDay().isAfter(event.lastDay())) {
            issue("$.event.lastDay", "The event's last day (%s) is before its first day (%s)."
                    .formatted(event.lastDay(), event.firstDay()));
        }
    }

    private void checkWindow(String path, String what, TimeWindow window) {
        if (window == null) {
            issue(path, "The event has no %s; give its earliest and latest local date-time.".formatted(what));
            return;
        }
        if (window.earliest() == null) {
            issue(path + ".earliest", "The %s has no earliest time (YYYY-MM-DDTHH:MM).".formatted(what));
        }
        if (window.latest() == null) {
            issue(path + ".latest", "The %s has no latest time (YYYY-MM-DDTHH:MM).".formatted(what));
        }
        if (isComplete(window) && window.earliest().isAfter(window.latest())) {
            issue(path, "The %s is empty: it opens (%s) after it closes (%s)."
                    .formatted(what, window.earliest(), window.latest()));
        }
    }

    private void checkWindowsInOrder(Event event) {
        if (isComplete(event.arrivalWindow()) && isComplete(event.departureWindow())
                && event.departureWindow().latest().isBefore(event.arrivalWindow().earliest())) {
            issue("$.event.departureWindow", "The departure window closes (%s) before the arrival window opens (%s)."
                    .formatted(event.departureWindow().latest(), event.arrivalWindow().earliest()));
        }
    }
}
