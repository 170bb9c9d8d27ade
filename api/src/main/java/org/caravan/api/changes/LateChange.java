package org.caravan.api.changes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What made a re-plan: the caravan-changes/1 document applied to its parent plan's dataset version (posted, or built
 * from a booking request), what applying it reported, the bookings it broke, and the money that stays spent because
 * of it (cancellations' sunk costs and broken bookings), per payer.
 */
record LateChange(long planId, long parentPlanId, long datasetId, int datasetVersion, Kind kind, String document,
        List<String> report, List<String> brokenBookings, Map<String, BigDecimal> sunkCosts, OffsetDateTime createdAt,
        String createdBy) {

    enum Kind {
        /** A change list posted by a planner. */
        CHANGES,
        /** Bookings made in bulk from the plan. */
        BOOKINGS
    }
}
