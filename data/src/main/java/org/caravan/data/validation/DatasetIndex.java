package org.caravan.data.validation;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.VisaPurpose;
import org.caravan.data.dataset.VisaRule;
import org.caravan.data.plan.NotBroughtReason.Code;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.StayRule;
import org.caravan.data.rules.TravelRule;
import org.caravan.data.text.Text;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Look-ups and derived facts of a {@link ValidDataset}, computed once by the validator: the meaning of itineraries,
 * stays and visa rules that the solver, the checker and the explanations share, so they cannot disagree on what a rule
 * says. Immutable once built.
 */
public final class DatasetIndex {

    private final Dataset dataset;
    private final ZoneId eventZone;
    private final String venueCountry;
    private final Map<String, Airport> airports;
    private final Map<String, Segment> segments;
    private final Map<String, Participant> participants;
    private final Map<String, Hotel> hotels;
    private final Map<String, Room> rooms;
    private final Map<String, Hotel> hotelOfRoom;
    private final Map<String, Fund> funds;
    private final Map<String, ItineraryFacts> itineraries;
    private final Map<String, List<VisaRule>> visaRulesByNationality;
    private final Map<String, List<ItineraryFacts>> itinerariesByOrigin;

    /** Only for a dataset whose structure the validator found clean. */
    DatasetIndex(Dataset dataset) {
        this.dataset = dataset;
        this.eventZone = ZoneId.of(dataset.event().timeZone());
        this.airports = byId(dataset.airports(), Airport::code);
        this.segments = byId(dataset.flights().segments(), Segment::id);
        this.participants = byId(dataset.participants(), Participant::id);
        this.hotels = byId(dataset.hotels(), Hotel::id);
        Map<String, Room> roomsById = new LinkedHashMap<>();
        Map<String, Hotel> hotelsByRoom = new LinkedHashMap<>();
        for (Hotel hotel : dataset.hotels()) {
            for (Room room : hotel.rooms()) {
                roomsById.put(room.id(), room);
                hotelsByRoom.put(room.id(), hotel);
            }
        }
        this.rooms = Collections.unmodifiableMap(roomsById);
        this.hotelOfRoom = Collections.unmodifiableMap(hotelsByRoom);
        this.funds = byId(dataset.budget().funds(), Fund::id);
        this.venueCountry = airports.get(dataset.event().venue().airport()).country();
        Map<String, ItineraryFacts> facts = new LinkedHashMap<>();
        for (Itinerary itinerary : dataset.flights().itineraries()) {
            facts.put(itinerary.id(), derive(itinerary));
        }
        this.itineraries = Collections.unmodifiableMap(facts);
        this.itinerariesByOrigin = Collections.unmodifiableMap(itineraries.values().stream()
                .collect(Collectors.groupingBy(itinerary -> itinerary.itinerary().origin(), LinkedHashMap::new,
                        Collectors.toUnmodifiableList())));
        this.visaRulesByNationality = Collections.unmodifiableMap(dataset.visaRules().stream()
                .collect(Collectors.groupingBy(VisaRule::nationality, LinkedHashMap::new, Collectors.toUnmodifiableList())));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return Collections.unmodifiableMap(map);
    }

    private ItineraryFacts derive(Itinerary itinerary) {
        List<Segment> outbound = itinerary.outbound().stream().map(segments::get).toList();
        List<Segment> inbound = itinerary.inbound().stream().map(segments::get).toList();
        Segment lastOut = outbound.get(outbound.size() - 1);
        Segment firstBack = inbound.get(0);
        ZonedDateTime arrival = arrivalInstant(lastOut);
        Set<String> transit = new LinkedHashSet<>();
        for (List<Segment> leg : List.of(outbound, inbound)) {
            for (int i = 0; i < leg.size() - 1; i++) {
                String country = airports.get(leg.get(i).to()).country();
                if (!country.equals(venueCountry)) {
                    transit.add(country);
                }
            }
        }
        return new ItineraryFacts(itinerary, outbound, inbound,
                arrival.withZoneSameInstant(eventZone).toLocalDateTime(),
                departureInstant(firstBack).withZoneSameInstant(eventZone).toLocalDateTime(),
                lastOut.arrival(),
                outbound.size() - 1 + inbound.size() - 1,
                elapsedMinutes(outbound), elapsedMinutes(inbound),
                longLayovers(outbound) + longLayovers(inbound),
                Set.copyOf(transit),
                Money.toCents(itinerary.price()));
    }

    public ZonedDateTime departureInstant(Segment segment) {
        return segment.departure().atZone(zoneOf(segment.from()));
    }

    public ZonedDateTime arrivalInstant(Segment segment) {
        return segment.arrival().atZone(zoneOf(segment.to()));
    }

    private ZoneId zoneOf(String airportCode) {
        return ZoneId.of(airports.get(airportCode).timeZone());
    }

    private long elapsedMinutes(List<Segment> leg) {
        return Duration.between(departureInstant(leg.get(0)), arrivalInstant(leg.get(leg.size() - 1))).toMinutes();
    }

    private int longLayovers(List<Segment> leg) {
        int count = 0;
        for (int i = 0; i < leg.size() - 1; i++) {
            long layover = Duration.between(arrivalInstant(leg.get(i)), departureInstant(leg.get(i + 1))).toMinutes();
            if (TravelRule.isLongLayover(layover)) {
                count++;
            }
        }
        return count;
    }

    // ---------------------------------------------------------------- rules of a participant and an itinerary

    /** Why this itinerary cannot carry this participant (empty when it can): rules 5 and 7. */
    public List<NotBroughtReason> blockers(Participant participant, ItineraryFacts facts) {
        List<NotBroughtReason> reasons = new ArrayList<>();
        String id = facts.id();
        if (!participant.homeAirports().contains(facts.itinerary().origin())) {
            reasons.add(new NotBroughtReason(Code.WRONG_HOME_AIRPORT, id, Text.of("reason.wrongHomeAirport",
                    id, facts.itinerary().origin(), participant.homeAirports())));
        }
        if (!dataset.event().arrivalWindow().contains(facts.arrival())) {
            reasons.add(new NotBroughtReason(Code.ARRIVAL_OUTSIDE_WINDOW, id, Text.of("reason.arrivalOutsideWindow",
                    id, facts.arrival(), dataset.event().arrivalWindow().earliest(), dataset.event().arrivalWindow().latest())));
        }
        if (!dataset.event().departureWindow().contains(facts.departure())) {
            reasons.add(new NotBroughtReason(Code.DEPARTURE_OUTSIDE_WINDOW, id, Text.of("reason.departureOutsideWindow",
                    id, facts.departure(), dataset.event().departureWindow().earliest(), dataset.event().departureWindow().latest())));
        }
        for (VisaRule rule : applicableVisaRules(participant, facts)) {
            if (!rule.obtainable()) {
                reasons.add(new NotBroughtReason(Code.VISA_NOT_OBTAINABLE, id, Text.of(
                        rule.purpose() == VisaPurpose.ENTRY ? "reason.visa.entryOnItinerary" : "reason.visa.transitOnItinerary",
                        participant.nationality(), rule.visa(), rule.country(), id)));
            }
        }
        return reasons;
    }

    /** The same verdict as {@link #blockers}, without writing the reasons: this runs for every participant and itinerary. */
    public boolean allows(Participant participant, ItineraryFacts facts) {
        if (!participant.homeAirports().contains(facts.itinerary().origin())
                || !dataset.event().arrivalWindow().contains(facts.arrival())
                || !dataset.event().departureWindow().contains(facts.departure())) {
            return false;
        }
        return applicableVisaRules(participant, facts).stream().allMatch(VisaRule::obtainable);
    }

    /** Entry rules for the venue's country, and transit rules for the itinerary's transit countries (none for ground travel). */
    public List<VisaRule> applicableVisaRules(Participant participant, @Nullable ItineraryFacts facts) {
        List<VisaRule> rules = visaRulesByNationality.getOrDefault(participant.nationality(), List.of());
        List<VisaRule> applicable = new ArrayList<>();
        for (VisaRule rule : rules) {
            if (participant.visasHeld().contains(rule.visa())) {
                continue;
            }
            boolean applies = switch (rule.purpose()) {
                case ENTRY -> rule.country().equals(venueCountry);
                case TRANSIT -> facts != null && facts.transitCountries().contains(rule.country());
            };
            if (applies) {
                applicable.add(rule);
            }
        }
        return applicable;
    }

    /** Fees of the obtainable visas this participant needs with this itinerary ({@code null} for ground travel). */
    public long visaFeeCents(Participant participant, @Nullable ItineraryFacts facts) {
        return applicableVisaRules(participant, facts).stream()
                .filter(VisaRule::obtainable).mapToLong(rule -> Money.toCents(rule.fee())).sum();
    }

    /** Ground travellers cannot come when an entry visa they need cannot be obtained. */
    public List<NotBroughtReason> groundBlockers(Participant participant) {
        return applicableVisaRules(participant, null).stream().filter(rule -> !rule.obtainable())
                .map(rule -> new NotBroughtReason(Code.VISA_NOT_OBTAINABLE, null, Text.of("reason.visa.entry",
                        participant.nationality(), rule.visa(), rule.country())))
                .toList();
    }

    /** The itineraries this participant may fly, in dataset order. */
    public List<ItineraryFacts> allowedItineraries(Participant participant) {
        return itinerariesFrom(participant.homeAirports()).stream().filter(facts -> allows(participant, facts)).toList();
    }

    /** The itineraries that start at any of these airports, in dataset order. */
    public List<ItineraryFacts> itinerariesFrom(List<String> airportCodes) {
        if (airportCodes.size() == 1) {
            return itinerariesByOrigin.getOrDefault(airportCodes.get(0), List.of());
        }
        return itineraries.values().stream().filter(facts -> airportCodes.contains(facts.itinerary().origin())).toList();
    }

    // ---------------------------------------------------------------- stays

    /** Arrival in event local time: the itinerary's, or for ground travel the fixed arrival or the first day 08:00. */
    public LocalDateTime arrival(Participant participant, @Nullable ItineraryFacts facts) {
        if (participant.flies()) {
            return facts.arrival();
        }
        return participant.fixedArrival() != null ? participant.fixedArrival()
                : dataset.event().firstDay().atTime(StayRule.DEFAULT_GROUND_ARRIVAL);
    }

    public LocalDateTime departure(Participant participant, @Nullable ItineraryFacts facts) {
        if (participant.flies()) {
            return facts.departure();
        }
        return participant.fixedDeparture() != null ? participant.fixedDeparture()
                : dataset.event().lastDay().atTime(StayRule.DEFAULT_GROUND_DEPARTURE);
    }

    /** Nights this participant needs a bed with this itinerary (null for ground travel); empty without lodging. */
    public List<LocalDate> nights(Participant participant, @Nullable ItineraryFacts facts) {
        if (!participant.needsLodging()) {
            return List.of();
        }
        return StayRule.nights(arrival(participant, facts), departure(participant, facts));
    }

    // ---------------------------------------------------------------- look-ups

    public Dataset dataset() {
        return dataset;
    }

    /** The country of the venue's airport: entry visas are for it. */
    public String venueCountry() {
        return venueCountry;
    }

    /** Null when the dataset has no such id. */
    public @Nullable Airport airport(String code) {
        return airports.get(code);
    }

    /** Null when the dataset has no such id. */
    public @Nullable Segment segment(String id) {
        return segments.get(id);
    }

    /** Null when the dataset has no such id. */
    public @Nullable Participant participant(String id) {
        return participants.get(id);
    }

    /** Null when the dataset has no such id. */
    public @Nullable Hotel hotel(String id) {
        return hotels.get(id);
    }

    /** Null when the dataset has no such id. */
    public @Nullable Room room(String id) {
        return rooms.get(id);
    }

    /** Null when the dataset has no such id. */
    public @Nullable Hotel hotelOfRoom(String roomId) {
        return hotelOfRoom.get(roomId);
    }

    /** Null when the dataset has no such id. */
    public @Nullable Fund fund(String id) {
        return funds.get(id);
    }

    /** Null when the dataset has no such id. */
    public @Nullable ItineraryFacts itinerary(String id) {
        return itineraries.get(id);
    }

    public Map<String, ItineraryFacts> itineraries() {
        return itineraries;
    }

    public Map<String, Room> rooms() {
        return rooms;
    }
}
