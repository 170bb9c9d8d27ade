package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/** One flight; departure and arrival are local times at its own airports. {@code seats} null means no limit. */
public record Segment(String id, String carrier, String number, String from, String to,
        LocalDateTime departure, LocalDateTime arrival, @Nullable Integer seats) {
}
