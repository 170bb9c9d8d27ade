package org.caravan.documents;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.VisaRule;
import org.caravan.data.export.ShuttleRun;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything one brought participant's documents say, worked out from the plan and its dataset by the exports and
 * the dataset's index: nothing here is computed a second way.
 *
 * @param outbound the flights to the venue, in order; empty for a participant who does not fly
 * @param pickup the arrival shuttle slot at the venue airport; null without a flight
 * @param dropOff the departure shuttle slot; null without a flight
 * @param arrival when they arrive, event time (the outbound's landing, or a ground traveller's stay)
 * @param departure when they leave, event time
 * @param hotel null without a room
 * @param stay null without a room
 * @param roommates the names of those sharing the room on at least one of their nights
 * @param visas the visa rules that apply to them with this itinerary (entry and transit)
 * @param payer who pays their travel and stay
 * @param planVersion the plan's version, as the documents cite it
 */
public record TravelDossier(
        Participant participant,
        Event event,
        List<Leg> outbound,
        List<Leg> inbound,
        Shuttle pickup,
        Shuttle dropOff,
        LocalDateTime arrival,
        LocalDateTime departure,
        Hotel hotel,
        Room room,
        Stay stay,
        List<String> roommates,
        List<VisaRule> visas,
        Payer payer,
        Airport venueAirport,
        String venueCountry,
        Integer planVersion) {

    public TravelDossier {
        outbound = List.copyOf(outbound);
        inbound = List.copyOf(inbound);
        roommates = List.copyOf(roommates);
        visas = List.copyOf(visas);
    }

    /** One flight, its times local at each end with the airports' zones. */
    public record Leg(Segment segment, Airport from, Airport to, ZonedDateTime takeOff, ZonedDateTime landing) {

        public String flight() {
            return segment.carrier() + " " + segment.number();
        }
    }

    /** The shuttle run a participant's flight belongs to, and that flight's time at the venue airport. */
    public record Shuttle(ShuttleRun slot, String flight, LocalDateTime flightTime) {
    }

    /** The nights in the room: from the check-in night to the last night, and how many. */
    public record Stay(LocalDate firstNight, LocalDate lastNight, int nights) {

        public LocalDate checkOut() {
            return lastNight.plusDays(1);
        }
    }

    /** Who pays: a donor's fund (by its name), the organisers' general budget, or the participant. */
    public record Payer(Kind kind, String fundName) {

        public enum Kind { FUND, GENERAL, SELF }
    }

    public boolean flies() {
        return !outbound.isEmpty();
    }

    /** A visa invitation letter is for those who need an entry visa they can obtain. */
    public boolean needsVisaLetter() {
        return visas.stream().anyMatch(rule -> rule.obtainable() && rule.purpose() == org.caravan.data.dataset.VisaPurpose.ENTRY);
    }

    public List<VisaRule> entryVisas() {
        return visas.stream().filter(rule -> rule.obtainable() && rule.purpose() == org.caravan.data.dataset.VisaPurpose.ENTRY).toList();
    }
}
