package org.caravan.data.dataset;

import java.time.LocalDateTime;

/** An inclusive window of local date-times. */
public record TimeWindow(LocalDateTime earliest, LocalDateTime latest) {

    public boolean contains(LocalDateTime time) {
        return !time.isBefore(earliest) && !time.isAfter(latest);
    }
}
