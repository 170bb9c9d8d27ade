package org.caravan.data.validation;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.TimeWindow;
import org.caravan.data.text.Text;

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
            if (dataset.format() == null) {
                issue("$.format", "dataset.format.missing", Dataset.FORMAT);
            } else {
                issue("$.format", "dataset.format.unsupported", dataset.format(), Dataset.FORMAT);
            }
        }
    }

    private void checkEvent() {
        Event event = dataset.event();
        if (event == null) {
            issue("$.event", "dataset.event.missing");
            return;
        }
        requireText("$.event.name", event.name(), "dataset.event.noName");
        checkEventTimeZone(event);
        checkCurrency(event);
        checkVenue(event);
        checkEventDays(event);
        checkWindow("$.event.arrivalWindow", words("word.arrivalWindow"), event.arrivalWindow());
        checkWindow("$.event.departureWindow", words("word.departureWindow"), event.departureWindow());
        checkWindowsInOrder(event);
    }

    private void checkEventTimeZone(Event event) {
        if (isBlank(event.timeZone())) {
            issue("$.event.timeZone", "dataset.event.noTimeZone");
        } else if (zone(event.timeZone()).isEmpty()) {
            issue("$.event.timeZone", "dataset.event.unknownTimeZone", event.timeZone());
        }
    }

    private void checkCurrency(Event event) {
        if (event.currency() != null && !CURRENCY_CODE.matcher(event.currency()).matches()) {
            issue("$.event.currency", "dataset.event.currency", event.currency());
        }
    }

    private void checkVenue(Event event) {
        if (event.venue() == null) {
            issue("$.event.venue", "dataset.venue.missing");
        } else if (isBlank(event.venue().airport())) {
            issue("$.event.venue.airport", "dataset.venue.noAirport");
        } else if (!airportCodes.contains(event.venue().airport())) {
            issue("$.event.venue.airport", "dataset.venue.unknownAirport", event.venue().airport());
        }
        if (event.venue() != null) {
            requireCoordinates("$.event.venue", event.venue().lat(), event.venue().lon(), words("owner.venue"));
        }
    }

    private void checkEventDays(Event event) {
        if (event.firstDay() == null) {
            issue("$.event.firstDay", "dataset.event.noFirstDay");
        }
        if (event.lastDay() == null) {
            issue("$.event.lastDay", "dataset.event.noLastDay");
        }
        if (event.firstDay() != null && event.lastDay() != null && event.firstDay().isAfter(event.lastDay())) {
            issue("$.event.lastDay", "dataset.event.daysReversed", event.lastDay(), event.firstDay());
        }
    }

    private void checkWindow(String path, Text what, TimeWindow window) {
        if (window == null) {
            issue(path, "dataset.window.missing", what);
            return;
        }
        if (window.earliest() == null) {
            issue(path + ".earliest", "dataset.window.noEarliest", what);
        }
        if (window.latest() == null) {
            issue(path + ".latest", "dataset.window.noLatest", what);
        }
        if (isComplete(window) && window.earliest().isAfter(window.latest())) {
            issue(path, "dataset.window.reversed", what, window.earliest(), window.latest());
        }
    }

    private void checkWindowsInOrder(Event event) {
        if (isComplete(event.arrivalWindow()) && isComplete(event.departureWindow())
                && event.departureWindow().latest().isBefore(event.arrivalWindow().earliest())) {
            issue("$.event.departureWindow", "dataset.window.departureBeforeArrival", event.departureWindow().latest(),
                    event.arrivalWindow().earliest());
        }
    }
}
