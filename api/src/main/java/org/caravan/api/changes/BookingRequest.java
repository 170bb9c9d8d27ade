package org.caravan.api.changes;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What to book in a plan: participants by id (tickets issued for their planned itinerary, rooms confirmed as
 * planned), or a selection of the plan's brought participants. Each booking is at the plan's offered price.
 */
@Schema(description = "Either `select`, or `tickets` and/or `rooms` (participant ids)")
public record BookingRequest(
        @Schema(description = "Participants whose ticket is issued for the itinerary the plan gives them",
                example = "[\"p001\", \"p004\"]") List<String> tickets,
        @Schema(description = "Participants whose room the hotel confirms as the plan gives it",
                example = "[\"p001\"]") List<String> rooms,
        @Schema(description = "ALL: every brought participant's ticket and room not booked yet; HALF: the first half "
                + "(rounded up), in plan order, of the brought participants with something left to book")
        Selection select) {

    public enum Selection {
        ALL,
        HALF
    }
}
