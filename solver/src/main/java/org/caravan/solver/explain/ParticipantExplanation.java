package org.caravan.solver.explain;

import org.caravan.data.plan.NotBroughtReason;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Why one participant got what they got: for someone brought, the reasons for the itinerary and the room and the
 * rule matches that involve them; for someone left out, what blocks them.
 */
public record ParticipantExplanation(String participant, boolean brought, @Nullable String itinerary, @Nullable String room,
        List<String> reasons, List<NotBroughtReason> whyNotBrought, List<Justification> matches) {
}
