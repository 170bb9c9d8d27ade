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
        eachEntry("$.flights.segments", dataset.flights().segments(), "dataset.segment.null",
                (path, segment) -> checkSegment(path, segment, seen));
    }

    private void checkSegment(String path, Segment segment, Map<String, String> seen) {
        requireId(path + ".id", segment.id(), "dataset.segment.noId", words("word.segmentId"), seen);
        requireText(path + ".carrier", segment.carrier(), "dataset.segment.noCarrier", segment.id());
        requireText(path + ".number", segment.number(), "dataset.segment.noNumber", segment.id());
        requireKnownAirport(path + ".from", segment.from(), words("word.departureAirport"), words("of.segment", segment.id()));
        requireKnownAirport(path + ".to", segment.to(), words("word.arrivalAirport"), words("of.segment", segment.id()));
        if (segment.departure() == null) {
            issue(path + ".departure", "dataset.segment.noDeparture", segment.id());
        }
        if (segment.arrival() == null) {
            issue(path + ".arrival", "dataset.segment.noArrival", segment.id());
        }
        Optional<ZonedDateTime> departure = departureInstant(segment);
        Optional<ZonedDateTime> arrival = arrivalInstant(segment);
        if (departure.isPresent() && arrival.isPresent() && !arrival.get().isAfter(departure.get())) {
            issue(path + ".arrival", "dataset.segment.landsBeforeTakeOff", segment.id(), segment.arrival(), segment.to(),
                    segment.departure(), segment.from());
        }
        if (segment.seats() != null && segment.seats() < 0) {
            issue(path + ".seats", "dataset.segment.seats", segment.id(), segment.seats());
        }
    }

    private void checkItineraries() {
        Map<String, String> seen = new HashMap<>();
        eachEntry("$.flights.itineraries", dataset.flights().itineraries(), "dataset.itinerary.null",
                (path, itinerary) -> checkItinerary(path, itinerary, seen));
    }

    private void checkItinerary(String path, Itinerary itinerary, Map<String, String> seen) {
        requireId(path + ".id", itinerary.id(), "dataset.itinerary.noId", words("word.itineraryId"), seen);
        requireKnownAirport(path + ".origin", itinerary.origin(), words("word.origin"), words("of.itinerary", itinerary.id()));
        if (itinerary.price() == null) {
            issue(path + ".price", "dataset.itinerary.noPrice", itinerary.id());
        } else {
            requireMoney(path + ".price", itinerary.price(), "dataset.itinerary.negativePrice", itinerary.id());
        }
        String venue = venueAirport();
        List<Segment> outbound = checkLeg(path + ".outbound", itinerary, "outbound", itinerary.outbound());
        List<Segment> inbound = checkLeg(path + ".return", itinerary, "return", itinerary.inbound());
        checkLegStartsAt(path + ".outbound[0]", itinerary, "dataset.itinerary.outboundStart", outbound, itinerary.origin());
        checkOutboundEndsAtVenue(path + ".outbound[" + (outbound.size() - 1) + "]", itinerary, outbound, venue);
        checkLegStartsAt(path + ".return[0]", itinerary, "dataset.itinerary.returnStart", inbound, venue);
        checkReturnAfterOutbound(path + ".return[0]", itinerary, outbound, inbound);
    }

    /** The leg's segments, with null for ids that name no segment; checks that they connect in space and time. */
    private List<Segment> checkLeg(String path, Itinerary itinerary, String leg, List<String> ids) {
        boolean outbound = leg.equals("outbound");
        if (ids.isEmpty()) {
            String venue = isBlank(venueAirport()) ? "" : " (" + venueAirport() + ")";
            issue(path, outbound ? "dataset.itinerary.noOutbound" : "dataset.itinerary.noReturn", itinerary.id(), venue);
            return List.of();
        }
        List<Segment> resolved = new ArrayList<>();
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            String segmentPath = path + "[" + j + "]";
            Segment segment = isBlank(id) ? null : segments.get(id);
            if (isBlank(id)) {
                issue(segmentPath, outbound ? "dataset.itinerary.emptyOutboundSegment" : "dataset.itinerary.emptyReturnSegment",
                        itinerary.id());
            } else if (segment == null) {
                issue(segmentPath, "dataset.itinerary.unknownSegment", id, itinerary.id());
            } else if (j > 0 && resolved.get(j - 1) != null) {
                checkConnection(segmentPath, itinerary, resolved.get(j - 1), segment);
            }
            resolved.add(segment);
        }
        return resolved;
    }

    private void checkConnection(String path, Itinerary itinerary, Segment previous, Segment next) {
        if (previous.to() != null && next.from() != null && !previous.to().equals(next.from())) {
            issue(path, "dataset.itinerary.segmentsDisconnected", next.id(), itinerary.id(), next.from(), previous.id(),
                    previous.to());
        }
        Optional<ZonedDateTime> landed = arrivalInstant(previous);
        Optional<ZonedDateTime> leaves = departureInstant(next);
        if (landed.isPresent() && leaves.isPresent() && leaves.get().isBefore(landed.get())) {
            issue(path, "dataset.itinerary.connectionTooEarly", next.id(), itinerary.id(), next.departure(), next.from(),
                    previous.id(), previous.arrival(), previous.to());
        }
    }

    /** {@code key} says where the leg should start: its origin (outbound) or the venue airport (return). */
    private void checkLegStartsAt(String path, Itinerary itinerary, String key, List<Segment> segmentsOfLeg,
            String expected) {
        if (segmentsOfLeg.isEmpty() || segmentsOfLeg.get(0) == null || isBlank(expected)) {
            return;
        }
        Segment first = segmentsOfLeg.get(0);
        if (first.from() != null && !first.from().equals(expected)) {
            issue(path, key, itinerary.id(), first.from(), first.id(), expected);
        }
    }

    private void checkOutboundEndsAtVenue(String path, Itinerary itinerary, List<Segment> outbound, String venue) {
        if (outbound.isEmpty() || outbound.get(outbound.size() - 1) == null || isBlank(venue)) {
            return;
        }
        Segment last = outbound.get(outbound.size() - 1);
        if (last.to() != null && !last.to().equals(venue)) {
            issue(path, "dataset.itinerary.outboundEnd", itinerary.id(), last.to(), last.id(), venue);
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
            issue(path, "dataset.itinerary.returnBeforeOutbound", itinerary.id(), firstBack.departure(), firstBack.id(),
                    lastOut.arrival(), lastOut.id());
        }
    }
}
