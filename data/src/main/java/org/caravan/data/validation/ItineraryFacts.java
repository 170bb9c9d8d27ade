package org.caravan.data.validation;

import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Segment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What an itinerary means for the plan, derived once from its segments.
 *
 * @param arrival arrival at the venue airport, in the event's time zone
 * @param departure departure from the venue airport, in the event's time zone
 * @param arrivalAtVenueAirport the same arrival in the venue airport's local time (for shuttle slots)
 * @param stops connections, both directions
 * @param outboundMinutes first departure to last arrival, real elapsed minutes
 * @param returnMinutes the same for the return
 * @param longLayovers connections longer than {@link org.caravan.data.rules.TravelRule#LONG_LAYOVER_MINUTES}
 * @param transitCountries countries of intermediate airports, other than the venue's
 */
public record ItineraryFacts(
        Itinerary itinerary,
        List<Segment> outbound,
        List<Segment> inbound,
        LocalDateTime arrival,
        LocalDateTime departure,
        LocalDateTime arrivalAtVenueAirport,
        int stops,
        long outboundMinutes,
        long returnMinutes,
        int longLayovers,
        Set<String> transitCountries,
        long priceCents) {

    public String id() {
        return itinerary.id();
    }

    public List<Segment> segments() {
        return java.util.stream.Stream.concat(outbound.stream(), inbound.stream()).toList();
    }
}
