package org.caravan.data.validation;

import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Segment;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The flight segments and the itineraries made of them: they must connect, in space and in time. */
final class FlightSection extends Section {

    FlightSection(Section.Context context) {
        super(context);
    }

    @Override
    void check() {
        checkSegments();
        checkItineraries();
    }

    private void checkSegments() {
        Map<String, String> seen = new HashMap<>();
        eachEntry("$.flights.segments", dataset.flights().segments(), "flight segment",
                (path, segment) -> checkSegment(path, segment, seen));
    }

    private void checkSegment(String path, Segment segment, Map<String, String> seen) {
        requireId(path + ".id", segment.id(), "A flight segment has no id.", "segment id", seen);
        requireText(path + ".carrier", segment.carrier(), "Segment %s has no carrier.".formatted(segment.id()));
        requireText(path + ".number", segment.number(), "Segment %s has no flight number.".formatted(segment.id()));
        requireKnownAirport(path + ".from", segment.from(), "departure airport", "segment " + segment.id());
        requireKnownAirport(path + ".to", segment.to(), "arrival airport", "segment " + segment.id());
        if (segment.departure() == null) {
            issue(path + ".departure", "Segment %s has no local departure time.".formatted(segment.id()));
        }
        if (segment.arrival() == null) {
            issue(path + ".arrival", "Segment %s has no local arrival time.".formatted(segment.id()));
        }
        Optional<ZonedDateTime> departure = departureInstant(segment);
        Optional<ZonedDateTime> arrival = arrivalInstant(segment);
        if (departure.isPresent() && arrival.isPresent() && !arrival.get().isAfter(departure.get())) {
            issue(path + ".arrival", "Segment %s lands (%s at %s) no later than it takes off (%s at %s), counting the airports' time zones."
                    .formatted(segment.id(), segment.arrival(), segment.to(), segment.departure(), segment.from()));
        }
        if (segment.seats() != null && segment.seats() < 0) {
            issue(path + ".seats", "Segment %s has seats (%d); it must be at least 0 (leave it empty for no limit)."
                    .formatted(segment.id(), segment.seats()));
        }
    }

    private void checkItineraries() {
        Map<String, String> seen = new HashMap<>();
        eachEntry("$.flights.itineraries", dataset.flights().itineraries(), "itinerary",
                (path, itinerary) -> checkItinerary(path, itinerary, seen));
    }

    private void checkItinerary(String path, Itinerary itinerary, Map<String, String> seen) {
        requireId(path + ".id", itinerary.id(), "An itinerary has no id.", "itinerary id", seen);
        requireKnownAirport(path + ".origin", itinerary.origin(), "origin", "itinerary " + itinerary.id());
        if (itinerary.price() == null) {
            issue(path + ".price", "Itinerary %s has no price.".formatted(itinerary.id()));
        } else {
            requireMoney(path + ".price", itinerary.price(), "Itinerary " + itinerary.id() + " has a negative price (%s).");
        }
        String venue = venueAirport();
        List<Segment> outbound = checkLeg(path + ".outbound", itinerary, "outbound", itinerary.outbound());
        List<Segment> inbound = checkLeg(path + ".return", itinerary, "return", itinerary.inbound());
        checkLegStartsAt(path + ".outbound[0]", itinerary, "outbound", outbound, itinerary.origin(), "its origin");
        checkOutboundEndsAtVenue(path + ".outbound[" + (outbound.size() - 1) + "]", itinerary, outbound, venue);
        checkLegStartsAt(path + ".return[0]", itinerary, "return", inbound, venue, "the venue airport");
        checkReturnAfterOutbound(path + ".return[0]", itinerary, outbound, inbound);
    }

    /** The leg's segments, with null for ids that name no segment; checks that they connect in space and time. */
    private List<Segment> checkLeg(String path, Itinerary itinerary, String leg, List<String> ids) {
        if (ids.isEmpty()) {
            String venue = isBlank(venueAirport()) ? "" : " (" + venueAirport() + ")";
            issue(path, "Itinerary %s has no %s segments; it needs at least one flight %s the venue airport%s."
                    .formatted(itinerary.id(), leg, leg.equals("outbound") ? "to" : "from", venue));
            return List.of();
        }
        List<Segment> resolved = new ArrayList<>();
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            String segmentPath = path + "[" + j + "]";
            Segment segment = isBlank(id) ? null : segments.get(id);
            if (isBlank(id)) {
                issue(segmentPath, "A segment of itinerary %s's %s is empty.".formatted(itinerary.id(), leg));
            } else if (segment == null) {
                issue(segmentPath, "Segment %s of itinerary %s is not in flights.segments.".formatted(id, itinerary.id()));
            } else if (j > 0 && resolved.get(j - 1) != null) {
                checkConnection(segmentPath, itinerary, resolved.get(j - 1), segment);
            }
            resolved.add(segment);
        }
        return resolved;
    }

    private void checkConnection(String path, Itinerary itinerary, Segment previous, Segment next) {
        if (previous.to() != null && next.from() != null && !previous.to().equals(next.from())) {
            issue(path, "Segment %s of itinerary %s leaves from %s, but the previous segment %s lands at %s; the segments must connect."
                    .formatted(next.id(), itinerary.id(), next.from(), previous.id(), previous.to()));
        }
        Optional<ZonedDateTime> landed = arrivalInstant(previous);
        Optional<ZonedDateTime> leaves = departureInstant(next);
        if (landed.isPresent() && leaves.isPresent() && leaves.get().isBefore(landed.get())) {
            issue(path, "Segment %s of itinerary %s takes off (%s at %s) before the previous segment %s lands (%s at %s)."
                    .formatted(next.id(), itinerary.id(), next.departure(), next.from(), previous.id(), previous.arrival(), previous.to()));
        }
    }

    private void checkLegStartsAt(String path, Itinerary itinerary, String leg, List<Segment> segmentsOfLeg,
            String expected, String expectedName) {
        if (segmentsOfLeg.isEmpty() || segmentsOfLeg.get(0) == null || isBlank(expected)) {
            return;
        }
        Segment first = segmentsOfLeg.get(0);
        if (first.from() != null && !first.from().equals(expected)) {
            issue(path, "The %s of itinerary %s starts at %s (segment %s), not at %s (%s)."
                    .formatted(leg, itinerary.id(), first.from(), first.id(), expectedName, expected));
        }
    }

    private void checkOutboundEndsAtVenue(String path, Itinerary itinerary, List<Segment> outbound, String venue) {
        if (outbound.isEmpty() || outbound.get(outbound.size() - 1) == null || isBlank(venue)) {
            return;
        }
        Segment last = outbound.get(outbound.size() - 1);
        if (last.to() != null && !last.to().equals(venue)) {
            issue(path, "The outbound of itinerary %s ends at %s (segment %s), not at the venue airport (%s)."
                    .formatted(itinerary.id(), last.to(), last.id(), venue));
        }
    }

    private void checkReturnAfterOutbound(String path, Itinerary itinerary, List<Segment> outbound, List<Segment> inbound) {
        if (outbound.isEmpty() || inbound.isEmpty() || outbound.get(outbound.size() - 1) == null || inbound.get(0) == null) {
            return;
        }
        Segment lastOut = outbound.get(outbound.size() - 1);
        Segment firstBack = inbound.get(0);
        Optional<ZonedDateTime> landed = arrivalInstant(lastOut);
        Optional<ZonedDateTime> leaves = departureInstant(firstBack);
        if (landed.isPresent() && leaves.isPresent() && leaves.get().isBefore(landed.get())) {
            issue(path, "The return of itinerary %s takes off (%s, segment %s) before the outbound lands (%s, segment %s)."
                    .formatted(itinerary.id(), firstBack.departure(), firstBack.id(), lastOut.arrival(), lastOut.id()));
        }
    }
}
