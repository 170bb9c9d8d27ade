package org.caravan.data.validation;

import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Participant;
import org.caravan.data.rules.StayRule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/** The span of the stays, which a stay mask must hold. */
final class StaySpanSection extends Section {

    StaySpanSection(Section.Context context) {
        super(context);
    }

    @Override
    void check() {
        checkStaySpan();
    }

    /**
     * Every stay must fit in {@value StayRule#MAX_SPAN_NIGHTS} nights counted from the night before the earliest arrival,
     * because the solver keeps a stay's nights in a 64-bit mask.
     */
    private void checkStaySpan() {
        Event event = dataset.event();
        if (event == null || !isComplete(event.arrivalWindow()) || !isComplete(event.departureWindow())) {
            return;
        }
        LocalDate start = event.arrivalWindow().earliest().toLocalDate();
        LocalDate end = event.departureWindow().latest().toLocalDate();
        if (event.firstDay() != null && event.firstDay().isBefore(start)) {
            start = event.firstDay();
        }
        if (event.lastDay() != null && event.lastDay().isAfter(end)) {
            end = event.lastDay();
        }
        if (StayRule.spanNights(start, end) > StayRule.MAX_SPAN_NIGHTS) {
            issue("$.event", "dataset.stays.tooLong", start.minusDays(1), end, StayRule.spanNights(start, end), StayRule.MAX_SPAN_NIGHTS);
            return;
        }
        // Fixed dates widen the span together (one early arrival and another late departure), so it grows as we go
        // and the first date that breaks it is the one reported.
        for (int i = 0; i < dataset.participants().size(); i++) {
            Participant participant = dataset.participants().get(i);
            if (participant == null) {
                continue;
            }
            for (LocalDateTime fixed : Arrays.asList(participant.fixedArrival(), participant.fixedDeparture())) {
                if (fixed == null) {
                    continue;
                }
                LocalDate day = fixed.toLocalDate();
                start = day.isBefore(start) ? day : start;
                end = day.isAfter(end) ? day : end;
                if (StayRule.spanNights(start, end) > StayRule.MAX_SPAN_NIGHTS) {
                    String field = fixed == participant.fixedArrival() ? "fixedArrival" : "fixedDeparture";
                    issue("$.participants[" + i + "]." + field, "dataset.stays.fixedDateTooFar", participant.id(), fixed,
                            StayRule.spanNights(start, end), start.minusDays(1), end, StayRule.MAX_SPAN_NIGHTS);
                    return;
                }
            }
        }
    }
}
