package org.caravan.data.generate;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Flights;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Organiser;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Policy;
import org.caravan.data.dataset.Role;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.TimeWindow;
import org.caravan.data.dataset.Venue;
import org.caravan.data.dataset.VisaRule;
import org.caravan.data.generate.FlightNetwork.RoundTrip;
import org.caravan.data.generate.ParticipantFactory.Draft;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.StayRule;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Seeded synthetic datasets of the Djerba summit in the public format: the same options give the same dataset,
 * to the byte once written with {@code CaravanJson}. Every random draw comes from one generator seeded once and
 * consumed in a fixed order; nothing depends on hash iteration order.
 */
public final class DatasetGenerator {

    static final String VENUE_AIRPORT = "DJE";
    static final String VENUE_COUNTRY = "TN";
    private static final String EVENT_ZONE = "Africa/Tunis";
    /** The share of flights sold as group fares with a block of seats. */
    private static final double GROUP_FARE_SHARE = 0.15;

    /** An invented organiser; the .example domain cannot reach anyone. */
    static final Organiser ORGANISER = new Organiser("Réseau Société Civile Sahel-Méditerranée",
            "12 rue de la Liberté, 1002 Tunis, Tunisie", "delegations@sahel-med.example", "+216 71 000 000",
            "Leïla Ben Youssef", "Directrice exécutive");

    private DatasetGenerator() {
    }

    /** The Djerba summit: 25 to 28 March 2026, arrivals from the 23rd, departures until the 30th. */
    static Event event(String name) {
        Venue venue = new Venue("Centre de congrès de Midoun", 33.8190, 10.9980, VENUE_AIRPORT);
        return new Event(name, EVENT_ZONE, "EUR", venue, LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 28),
                new TimeWindow(LocalDateTime.of(2026, 3, 23, 0, 0), LocalDateTime.of(2026, 3, 25, 8, 0)),
                new TimeWindow(LocalDateTime.of(2026, 3, 28, 16, 0), LocalDateTime.of(2026, 3, 30, 23, 59)), "fr", ORGANISER);
    }

    /**
     * Writes a dataset: {@code participants seed [budgetCoverage] [file]}, e.g. {@code 10000 7 0.85 djerba-10000.json};
     * without a file, the JSON goes to standard output.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: DatasetGenerator participants seed [budgetCoverage] [file]");
            System.exit(2);
        }
        GeneratorOptions options = GeneratorOptions.of(Integer.parseInt(args[0]), Long.parseLong(args[1]));
        if (args.length > 2) {
            options = options.withBudgetCoverage(Double.parseDouble(args[2]));
        }
        String json = CaravanJson.toJson(generate(options)) + "\n";
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), json, StandardCharsets.UTF_8);
        } else {
            System.out.print(json);
        }
    }

    public static Dataset generate(GeneratorOptions options) {
        RandomGenerator random = new SplittableRandom(options.seed());
        Event event = event(options.eventName());

        FlightNetwork network = new FlightNetwork(random, event);
        boolean large = options.participants() >= 1000;
        Map<String, List<String>> originsByNationality = new LinkedHashMap<>();
        Map<String, List<RoundTrip>> tripsByOrigin = new LinkedHashMap<>();
        for (Nationalities.Nationality nationality : Nationalities.ALL) {
            List<String> candidates = large ? nationality.origins() : nationality.origins().subList(0, nationality.originsAtSmallSize());
            List<String> served = new ArrayList<>();
            for (String origin : candidates) {
                if (!tripsByOrigin.containsKey(origin)) {
                    tripsByOrigin.put(origin, network.roundTrips(origin, options.itinerariesPerOrigin()));
                }
                if (!tripsByOrigin.get(origin).isEmpty()) {
                    served.add(origin);
                }
            }
            if (served.isEmpty()) {
                throw new IllegalStateException("No round trip to " + VENUE_AIRPORT + " from " + candidates + " for " + nationality.code());
            }
            originsByNationality.put(nationality.code(), List.copyOf(served));
        }
        // People living in Europe fly from these too.
        for (String origin : List.of("CDG", "ORY", "MRS", "LYS", "BRU", "FCO", "MXP", "FRA", "BER")) {
            tripsByOrigin.computeIfAbsent(origin, key -> network.roundTrips(key, options.itinerariesPerOrigin()));
        }

        ParticipantFactory factory = new ParticipantFactory(random, originsByNationality,
                event.firstDay().atTime(StayRule.DEFAULT_GROUND_ARRIVAL));
        List<Draft> drafts = factory.participants(options.participants());

        List<Hotel> hotels = new HotelFactory(random).hotels(options.hotelCount(), options.roomCount(), event.venue());
        network.limitSeats(GROUP_FARE_SHARE, options.participants());
        capAccessibleNeeds(drafts, hotels);

        List<Itinerary> itineraries = new ArrayList<>();
        for (Map.Entry<String, List<RoundTrip>> entry : tripsByOrigin.entrySet()) {
            if (drafts.stream().anyMatch(draft -> draft.homeAirports.contains(entry.getKey()))) {
                entry.getValue().forEach(trip -> itineraries.add(trip.itinerary()));
            }
        }

        CostEstimate estimate = new CostEstimate(event, hotels, tripsByOrigin);
        Map<Draft, Long> costs = new LinkedHashMap<>();
        drafts.forEach(draft -> costs.put(draft, estimate.typicalCents(draft)));
        Budget budget = budget(drafts, costs, options.budgetCoverage(), random);
        markMustAttend(drafts, costs, budget);

        List<Participant> participants = drafts.stream().map(Draft::toParticipant).toList();
        List<VisaRule> visaRules = VisaPolicy.rules(participants.stream().map(Participant::nationality).toList(), VENUE_COUNTRY);
        List<Segment> segments = usedSegments(network, itineraries);
        Policy policy = new Policy(RoommateCountryMode.MIX, 4, 120, null);
        return new Dataset(Dataset.FORMAT, event, budget, policy, airports(segments), participants, hotels,
                new Flights(segments, itineraries), visaRules);
    }

    /** The hotels hold a few accessible rooms: keep the needs for them well within that (a real registration list would). */
    private static void capAccessibleNeeds(List<Draft> drafts, List<Hotel> hotels) {
        long accessibleRooms = hotels.stream().flatMap(hotel -> hotel.rooms().stream()).filter(Room::accessible).count();
        long allowed = Math.max(1, accessibleRooms * 6 / 10);
        for (Draft draft : drafts) {
            if (draft.accessibleRoom) {
                if (allowed > 0) {
                    allowed--;
                } else {
                    draft.accessibleRoom = false;
                }
            }
        }
    }

    private static List<Segment> usedSegments(FlightNetwork network, List<Itinerary> itineraries) {
        Set<String> used = new HashSet<>();
        itineraries.forEach(itinerary -> {
            used.addAll(itinerary.outbound());
            used.addAll(itinerary.inbound());
        });
        return network.segments().stream().filter(segment -> used.contains(segment.id())).toList();
    }

    private static List<Airport> airports(List<Segment> segments) {
        TreeSet<String> codes = new TreeSet<>();
        codes.add(VENUE_AIRPORT);
        segments.forEach(segment -> {
            codes.add(segment.from());
            codes.add(segment.to());
        });
        return codes.stream().map(ReferenceNetwork::airport).toList();
    }

    // ---------------------------------------------------------------- budget

    /** Funds hold their members' typical costs times the coverage; the total the same over everyone not self-funded. */
    private static Budget budget(List<Draft> drafts, Map<Draft, Long> costs, double coverage, RandomGenerator random) {
        Map<String, Long> byFund = new LinkedHashMap<>();
        for (String fund : List.of(ParticipantFactory.FUND_SAHEL, ParticipantFactory.FUND_MED, ParticipantFactory.FUND_EU)) {
            byFund.put(fund, 0L);
        }
        long all = 0;
        for (Draft draft : drafts) {
            if (Fund.SELF.equals(draft.fund)) {
                continue;
            }
            all += costs.get(draft);
            if (draft.fund != null) {
                byFund.merge(draft.fund, costs.get(draft), Long::sum);
            }
        }
        List<Fund> funds = new ArrayList<>();
        for (Map.Entry<String, Long> entry : byFund.entrySet()) {
            double noise = 0.96 + 0.08 * random.nextDouble();
            long euros = Math.max(1_000, roundTo(Math.round(entry.getValue() * coverage * noise / 100.0), 500));
            funds.add(new Fund(entry.getKey(), fundName(entry.getKey()), BigDecimal.valueOf(euros)));
        }
        long total = roundTo(Math.round(all * coverage / 100.0), 1_000);
        return new Budget(BigDecimal.valueOf(total), funds);
    }

    private static String fundName(String id) {
        return switch (id) {
            case ParticipantFactory.FUND_SAHEL -> "Fondation Solidarité Sahel";
            case ParticipantFactory.FUND_MED -> "Mediterranean Dialogue Trust";
            default -> "European Civil Society Fund";
        };
    }

    private static long roundTo(long cents, long step) {
        return Math.round((double) cents / step) * step;
    }

    /**
     * Must attend: VIPs, top speakers and the organising team, while their (generously estimated) costs stay well
     * inside what their fund and the total can pay, so a plan bringing them all always exists.
     */
    private static void markMustAttend(List<Draft> drafts, Map<Draft, Long> costs, Budget budget) {
        Map<String, Long> room = new LinkedHashMap<>();
        budget.funds().forEach(fund -> room.put(fund.id(), Money.toCents(fund.amount()) * 35 / 100));
        long totalRoom = Money.toCents(budget.total()) * 35 / 100;
        int limit = Math.max(2, drafts.size() * 6 / 100);
        List<Draft> candidates = drafts.stream()
                .filter(draft -> draft.role == Role.VIP || draft.role == Role.ORGANISER
                        || draft.role == Role.SPEAKER && draft.priority == 5
                        || draft.role == Role.STAFF && !draft.flightless())
                .sorted(Comparator.comparingInt((Draft draft) -> -draft.priority).thenComparing(draft -> draft.id))
                .toList();
        int marked = 0;
        for (Draft draft : candidates) {
            if (marked >= limit) {
                break;
            }
            long cost = costs.get(draft) * 16 / 10;
            boolean self = Fund.SELF.equals(draft.fund);
            if (!self) {
                if (cost > totalRoom || draft.fund != null && cost > room.getOrDefault(draft.fund, 0L)) {
                    continue;
                }
                totalRoom -= cost;
                if (draft.fund != null) {
                    room.merge(draft.fund, -cost, Long::sum);
                }
            }
            draft.mustAttend = true;
            marked++;
        }
    }

    // ---------------------------------------------------------------- typical cost of a participant

    /** What bringing one person typically costs: the cheapest round trip they may fly, visas, a bed share and taxes. */
    static final class CostEstimate {
        private final Event event;
        private final Map<String, List<RoundTrip>> tripsByOrigin;
        private final long bedCentsPerNight;
        private final long singleCentsPerNight;
        private final long taxCentsPerNight;

        CostEstimate(Event event, List<Hotel> hotels, Map<String, List<RoundTrip>> tripsByOrigin) {
            this.event = event;
            this.tripsByOrigin = tripsByOrigin;
            List<Long> perBed = new ArrayList<>();
            List<Long> singles = new ArrayList<>();
            List<Long> taxes = new ArrayList<>();
            for (Hotel hotel : hotels) {
                for (Room room : hotel.rooms()) {
                    long cents = Money.toCents(room.pricePerNight());
                    perBed.add(cents / room.capacity());
                    if (room.capacity() == 1) {
                        singles.add(cents);
                    }
                    taxes.add(Money.toCents(hotel.taxPerPersonNight()));
                }
            }
            this.bedCentsPerNight = median(perBed);
            this.singleCentsPerNight = singles.isEmpty() ? bedCentsPerNight * 2 : median(singles);
            this.taxCentsPerNight = median(taxes);
        }

        private static long median(List<Long> values) {
            List<Long> sorted = new ArrayList<>(values);
            sorted.sort(Comparator.naturalOrder());
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }

        private final Map<String, long[]> cheapestByTraveller = new HashMap<>();

        long typicalCents(Draft draft) {
            ZoneId zone = ZoneId.of(event.timeZone());
            long travel = 0;
            int nights;
            if (draft.flightless()) {
                LocalDateTime arrival = draft.fixedArrival != null ? draft.fixedArrival : event.firstDay().atTime(StayRule.DEFAULT_GROUND_ARRIVAL);
                LocalDateTime departure = draft.fixedDeparture != null ? draft.fixedDeparture : event.lastDay().atTime(StayRule.DEFAULT_GROUND_DEPARTURE);
                nights = StayRule.nights(arrival, departure).size();
                travel = VisaPolicy.feeCents(draft.nationality.code(), draft.visasHeld, Set.of(), VENUE_COUNTRY);
            } else {
                // Travellers alike in airports, nationality and visas have the same cheapest trip.
                long[] known = cheapestByTraveller.computeIfAbsent(draft.homeAirports + "|" + draft.nationality.code() + "|" + draft.visasHeld,
                        key -> cheapestTrip(draft, zone));
                travel = known[0];
                nights = (int) known[1];
            }
            if (!draft.needsLodging) {
                return travel;
            }
            long bed = draft.singleRoom ? singleCentsPerNight : bedCentsPerNight;
            return travel + nights * (bed + taxCentsPerNight);
        }

        /** The cheapest allowed round trip's price with visa fees, and the nights it needs. */
        private long[] cheapestTrip(Draft draft, ZoneId zone) {
            RoundTrip cheapest = null;
            long best = Long.MAX_VALUE;
            for (String origin : draft.homeAirports) {
                for (RoundTrip trip : tripsByOrigin.getOrDefault(origin, List.of())) {
                    if (!VisaPolicy.mayTransit(draft.nationality.code(), draft.visasHeld, trip.transitCountries())) {
                        continue;
                    }
                    long cents = trip.priceCents() + VisaPolicy.feeCents(draft.nationality.code(), draft.visasHeld, trip.transitCountries(), VENUE_COUNTRY);
                    if (cents < best) {
                        best = cents;
                        cheapest = trip;
                    }
                }
            }
            if (cheapest == null) {
                throw new IllegalStateException("No itinerary for " + draft.name + " from " + draft.homeAirports);
            }
            LocalDateTime arrival = cheapest.outbound().end().withZoneSameInstant(zone).toLocalDateTime();
            LocalDateTime departure = cheapest.inbound().start().withZoneSameInstant(zone).toLocalDateTime();
            return new long[] {best, StayRule.nights(arrival, departure).size()};
        }
    }
}
