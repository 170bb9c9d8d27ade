package org.caravan.data.generate;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Segment;
import org.caravan.data.generate.ReferenceNetwork.Route;
import org.caravan.data.rules.TravelRule;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Weekly schedules on the reference routes, and round trips from each origin to the venue airport built from
 * them: direct where a route exists, else over one hub (or two when the second is Tunis, for the domestic hop
 * to Djerba, or the first is Beijing, for Mongolia). Times are local at each airport; a flight lasts its
 * great-circle distance at 800 km/h plus 30 minutes.
 */
final class FlightNetwork {

    static final List<String> HUBS = List.of("TUN", "CDG", "ORY", "MRS", "LYS", "FRA", "MUC", "BRU", "FCO", "IST", "ALG", "CMN", "PEK");
    /** Airports whose international flights leave at night and skip a day of the week. */
    private static final Set<String> THIN_AIRPORTS = Set.of("OUA", "BKO", "NIM", "DSS", "NDJ", "NKC", "UBN");
    /** Airports with several flights a day on their main routes. */
    private static final Set<String> MAJOR_AIRPORTS = Set.of("TUN", "CDG", "ORY", "FRA", "MUC", "IST", "FCO", "BRU", "ALG", "CMN", "CAI", "MRS", "LYS");
    private static final Set<String> LOW_COST = Set.of("U2", "FR", "3O", "TO", "V7", "X3");
    private static final long MIN_CONNECTION_MINUTES = 75;
    private static final long MAX_CONNECTION_MINUTES = 26 * 60;
    private static final long MAX_JOURNEY_MINUTES = 56 * 60;

    /** One daily departure of a route: its flight number and local time. */
    private record Departure(String carrier, String number, LocalTime time) {
    }

    private record Schedule(Route route, List<Departure> departures, Set<DayOfWeek> days, int minutes) {
    }

    /** One way from an origin to the venue (or back): its flights and what they mean for a traveller. */
    record Journey(List<Segment> segments, List<String> path, ZonedDateTime start, ZonedDateTime end,
            boolean longLayover, Set<String> transitCountries, boolean slow) {
        long minutes() {
            return Duration.between(start, end).toMinutes();
        }

        int stops() {
            return segments.size() - 1;
        }
    }

    /** A priced round trip; {@code transitCountries} covers both directions (the venue's country excluded). */
    record RoundTrip(Itinerary itinerary, Journey outbound, Journey inbound, Set<String> transitCountries, long priceCents) {
    }

    private final RandomGenerator random;
    private final Event event;
    private final String venueAirport;
    private final ZoneId eventZone;
    private final Map<String, Schedule> schedules = new LinkedHashMap<>();
    private final Map<String, Segment> segments = new LinkedHashMap<>();
    private final Map<String, ZoneId> zones = new HashMap<>();
    /** Flights of a route on a date, made once so that journeys share them. */
    private final Map<String, List<Segment>> flightsByRouteDay = new HashMap<>();

    FlightNetwork(RandomGenerator random, Event event) {
        this.random = random;
        this.event = event;
        this.venueAirport = event.venue().airport();
        this.eventZone = ZoneId.of(event.timeZone());
        buildSchedules();
    }

    // ---------------------------------------------------------------- schedules

    private void buildSchedules() {
        Map<String, Set<Integer>> numbersByCarrier = new LinkedHashMap<>();
        for (Airport airport : ReferenceNetwork.AIRPORTS) {
            for (Route route : ReferenceNetwork.routesFrom(airport.code())) {
                boolean thin = THIN_AIRPORTS.contains(route.from()) || THIN_AIRPORTS.contains(route.to());
                boolean shuttle = route.from().equals(venueAirport) && route.to().equals("TUN")
                        || route.to().equals(venueAirport) && route.from().equals("TUN");
                boolean trunk = MAJOR_AIRPORTS.contains(route.from()) && MAJOR_AIRPORTS.contains(route.to());
                int frequencies = shuttle ? 4 : trunk ? 2 + Math.min(1, route.carriers().size() - 1) : Math.min(2, route.carriers().size());
                List<Departure> departures = new ArrayList<>();
                List<LocalTime> times = new ArrayList<>();
                for (int k = 0; k < frequencies; k++) {
                    times.add(shuttle ? shuttleTime(route, k) : departureTime(route, thin, k, frequencies));
                }
                times.sort(Comparator.naturalOrder());
                for (int k = 0; k < frequencies; k++) {
                    String carrier = route.carriers().get(k % route.carriers().size());
                    Set<Integer> used = numbersByCarrier.computeIfAbsent(carrier, key -> new HashSet<>());
                    int number;
                    do {
                        number = 100 + random.nextInt(900);
                    } while (!used.add(number));
                    departures.add(new Departure(carrier, Integer.toString(number), times.get(k)));
                }
                Set<DayOfWeek> days = thin ? weekdays(6) : EnumSet.allOf(DayOfWeek.class);
                int minutes = durationMinutes(ReferenceNetwork.airport(route.from()), ReferenceNetwork.airport(route.to()));
                schedules.put(key(route.from(), route.to()), new Schedule(route, List.copyOf(departures), days, minutes));
            }
        }
    }

    /** The Tunis–Djerba shuttle flies in banks that meet the international arrivals and departures at Tunis. */
    private LocalTime shuttleTime(Route route, int index) {
        int[] banks = route.to().equals(venueAirport) ? new int[] {7 * 60 + 20, 11 * 60 + 40, 16 * 60 + 10, 21 * 60 + 10}
                : new int[] {6 * 60 + 10, 10 * 60, 14 * 60 + 30, 18 * 60 + 40};
        return LocalTime.of(0, 0).plusMinutes((banks[index % banks.length] + random.nextInt(30)) / 5 * 5);
    }

    private LocalTime departureTime(Route route, boolean thin, int index, int frequencies) {
        int minuteOfDay;
        if (thin && THIN_AIRPORTS.contains(route.from())) {
            // Long-haul flights out of the Sahel leave late in the evening or around midnight.
            minuteOfDay = (20 * 60 + random.nextInt(6 * 60)) % (24 * 60);
        } else if (thin) {
            // ... and come back from the hubs in the afternoon or evening.
            minuteOfDay = 14 * 60 + random.nextInt(8 * 60);
        } else {
            int span = (23 * 60 - 6 * 60) / frequencies;
            minuteOfDay = 6 * 60 + index * span + random.nextInt(span);
        }
        return LocalTime.of(0, 0).plusMinutes(minuteOfDay / 5 * 5);
    }

    private Set<DayOfWeek> weekdays(int count) {
        List<DayOfWeek> all = new ArrayList<>(List.of(DayOfWeek.values()));
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        while (chosen.size() < count) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return chosen;
    }

    static int durationMinutes(Airport from, Airport to) {
        double minutes = ReferenceNetwork.distanceKm(from, to) / 800.0 * 60.0 + 30.0;
        return (int) Math.ceil(minutes / 5.0) * 5;
    }

    private static String key(String from, String to) {
        return from + "-" + to;
    }

    private List<Segment> flightsOn(String from, String to, LocalDate localDate) {
        return flightsByRouteDay.computeIfAbsent(key(from, to) + "@" + localDate, key -> makeFlights(from, to, localDate));
    }

    private List<Segment> makeFlights(String from, String to, LocalDate localDate) {
        Schedule schedule = schedules.get(key(from, to));
        if (schedule == null || !schedule.days().contains(localDate.getDayOfWeek())) {
            return List.of();
        }
        List<Segment> flights = new ArrayList<>();
        for (Departure departure : schedule.departures()) {
            ZonedDateTime leaves = localDate.atTime(departure.time()).atZone(zone(from));
            LocalDateTime arrives = leaves.plusMinutes(schedule.minutes()).withZoneSameInstant(zone(to)).toLocalDateTime();
            String id = departure.carrier() + departure.number() + "-" + localDate;
            flights.add(new Segment(id, departure.carrier(), departure.number(), from, to,
                    leaves.toLocalDateTime(), arrives, null));
        }
        return List.copyOf(flights);
    }

    private ZonedDateTime departs(Segment segment) {
        return segment.departure().atZone(zone(segment.from()));
    }

    private ZonedDateTime arrives(Segment segment) {
        return segment.arrival().atZone(zone(segment.to()));
    }

    private ZoneId zone(String airport) {
        return zones.computeIfAbsent(airport, code -> ZoneId.of(ReferenceNetwork.airport(code).timeZone()));
    }

    // ---------------------------------------------------------------- paths and journeys

    /** Airport sequences from {@code origin} to the venue (or back) over the reference routes, without long detours. */
    private List<List<String>> paths(String origin, boolean toVenue) {
        List<List<String>> found = new ArrayList<>();
        if (origin.equals(venueAirport)) {
            return found;
        }
        addIfFlown(found, List.of(origin, venueAirport), toVenue);
        for (String hub : HUBS) {
            if (hub.equals(origin)) {
                continue;
            }
            addIfFlown(found, List.of(origin, hub, venueAirport), toVenue);
            for (String second : HUBS) {
                if (second.equals(hub) || second.equals(origin) || !(second.equals("TUN") && needsTwoConnections(origin, toVenue) || hub.equals("PEK"))) {
                    continue;
                }
                addIfFlown(found, List.of(origin, hub, second, venueAirport), toVenue);
            }
        }
        found.sort(Comparator.comparingInt((List<String> path) -> path.size()).thenComparingDouble(FlightNetwork::pathKm));
        return found;
    }

    /** Two connections only where no route reaches Djerba or Tunis directly (the Sahel's smaller capitals, Berlin). */
    private boolean needsTwoConnections(String origin, boolean toVenue) {
        List<String> directTargets = List.of(venueAirport, "TUN");
        for (String target : directTargets) {
            String key = toVenue ? key(origin, target) : key(target, origin);
            if (schedules.containsKey(key)) {
                return false;
            }
        }
        return true;
    }

    private void addIfFlown(List<List<String>> found, List<String> outboundPath, boolean toVenue) {
        List<String> path = toVenue ? outboundPath : reversed(outboundPath);
        for (int i = 0; i < path.size() - 1; i++) {
            if (!schedules.containsKey(key(path.get(i), path.get(i + 1)))) {
                return;
            }
        }
        double direct = ReferenceNetwork.distanceKm(ReferenceNetwork.airport(outboundPath.get(0)), ReferenceNetwork.airport(venueAirport));
        // Nobody flies from Tunis to Djerba through Paris; far origins may detour through a European hub.
        double allowedDetour = direct < 1200 ? 1.6 : 2.6;
        if (pathKm(path) <= direct * allowedDetour) {
            found.add(path);
        }
    }

    private static List<String> reversed(List<String> path) {
        List<String> copy = new ArrayList<>(path);
        Collections.reverse(copy);
        return List.copyOf(copy);
    }

    static double pathKm(List<String> path) {
        double km = 0;
        for (int i = 0; i < path.size() - 1; i++) {
            km += ReferenceNetwork.distanceKm(ReferenceNetwork.airport(path.get(i)), ReferenceNetwork.airport(path.get(i + 1)));
        }
        return km;
    }

    /** One-way journeys to the venue arriving in the arrival window. */
    List<Journey> outboundJourneys(String origin) {
        List<Journey> journeys = new ArrayList<>();
        LocalDate first = event.arrivalWindow().earliest().toLocalDate().minusDays(2);
        LocalDate last = event.arrivalWindow().latest().toLocalDate();
        for (List<String> path : paths(origin, true)) {
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                for (Journey journey : journeysOn(path, date)) {
                    if (event.arrivalWindow().contains(journey.end().withZoneSameInstant(eventZone).toLocalDateTime())) {
                        journeys.add(journey);
                    }
                }
            }
        }
        return journeys;
    }

    /** One-way journeys from the venue back to the origin leaving in the departure window. */
    List<Journey> returnJourneys(String origin) {
        List<Journey> journeys = new ArrayList<>();
        LocalDate first = event.departureWindow().earliest().toLocalDate();
        LocalDate last = event.departureWindow().latest().toLocalDate();
        for (List<String> path : paths(origin, false)) {
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                for (Journey journey : journeysOn(path, date)) {
                    if (event.departureWindow().contains(journey.start().withZoneSameInstant(eventZone).toLocalDateTime())) {
                        journeys.add(journey);
                    }
                }
            }
        }
        return journeys;
    }

    /** Journeys whose first flight leaves on {@code date}: the tightest connections, and one slower variant. */
    private List<Journey> journeysOn(List<String> path, LocalDate date) {
        List<Journey> journeys = new ArrayList<>();
        for (Segment first : flightsOn(path.get(0), path.get(1), date)) {
            List<Segment> tight = connect(path, first, 0);
            if (tight != null) {
                journeys.add(journey(path, tight, false));
                if (tight.size() > 1) {
                    List<Segment> slow = connect(path, first, 1);
                    if (slow != null && !slow.equals(tight)) {
                        journeys.add(journey(path, slow, true));
                    }
                }
            }
        }
        journeys.removeIf(journey -> journey.minutes() > MAX_JOURNEY_MINUTES);
        return journeys;
    }

    /** Chains the path's flights from {@code first}; {@code skip} later departures are passed over at the last connection. */
    private List<Segment> connect(List<String> path, Segment first, int skip) {
        List<Segment> chain = new ArrayList<>(List.of(first));
        for (int leg = 1; leg < path.size() - 1; leg++) {
            Segment previous = chain.get(chain.size() - 1);
            ZonedDateTime ready = arrives(previous).plusMinutes(MIN_CONNECTION_MINUTES);
            ZonedDateTime latest = arrives(previous).plusMinutes(MAX_CONNECTION_MINUTES);
            int toSkip = leg == path.size() - 2 ? skip : 0;
            Segment next = null;
            LocalDate day = previous.arrival().toLocalDate();
            search:
            for (int d = 0; d <= 2; d++) {
                for (Segment candidate : flightsOn(path.get(leg), path.get(leg + 1), day.plusDays(d))) {
                    ZonedDateTime leaves = departs(candidate);
                    if (!leaves.isBefore(ready) && !leaves.isAfter(latest)) {
                        if (toSkip == 0) {
                            next = candidate;
                            break search;
                        }
                        toSkip--;
                    }
                }
            }
            if (next == null) {
                return null;
            }
            chain.add(next);
        }
        return List.copyOf(chain);
    }

    private Journey journey(List<String> path, List<Segment> chain, boolean slow) {
        boolean longLayover = false;
        Set<String> transit = new TreeSet<>();
        String venueCountry = ReferenceNetwork.airport(venueAirport).country();
        for (int i = 0; i < chain.size() - 1; i++) {
            long layover = Duration.between(arrives(chain.get(i)), departs(chain.get(i + 1))).toMinutes();
            longLayover |= TravelRule.isLongLayover(layover);
            String country = ReferenceNetwork.airport(chain.get(i).to()).country();
            if (!country.equals(venueCountry)) {
                transit.add(country);
            }
        }
        return new Journey(chain, path, departs(chain.get(0)), arrives(chain.get(chain.size() - 1)), longLayover, transit, slow);
    }

    // ---------------------------------------------------------------- choosing and pricing round trips

    /**
     * Up to {@code limit} round trips from {@code origin}: varied in route, transit countries (so that people
     * who may not transit somewhere keep a choice) and days; ids "{origin}-{n}".
     */
    List<RoundTrip> roundTrips(String origin, int limit) {
        int perDirection = Math.max(3, (int) Math.ceil(Math.sqrt(limit * 1.5)));
        List<Journey> outbound = pick(outboundJourneys(origin), perDirection);
        List<Journey> inbound = pick(returnJourneys(origin), perDirection);
        if (outbound.isEmpty() || inbound.isEmpty()) {
            return List.of();
        }
        Set<String> pairs = new LinkedHashSet<>();
        // First, each outbound with the best return over the same transit countries.
        for (int i = 0; i < outbound.size() && pairs.size() < limit; i++) {
            for (int j = 0; j < inbound.size(); j++) {
                if (inbound.get(j).transitCountries().equals(outbound.get(i).transitCountries())) {
                    pairs.add(i + ":" + j);
                    break;
                }
            }
        }
        for (int shift = 0; shift < inbound.size() && pairs.size() < limit; shift++) {
            for (int i = 0; i < outbound.size() && pairs.size() < limit; i++) {
                pairs.add(i + ":" + (i + shift) % inbound.size());
            }
        }
        List<RoundTrip> trips = new ArrayList<>();
        int n = 1;
        for (String pair : pairs) {
            String[] ij = pair.split(":");
            Journey out = outbound.get(Integer.parseInt(ij[0]));
            Journey back = inbound.get(Integer.parseInt(ij[1]));
            long cents = priceCents(out, back);
            Itinerary itinerary = new Itinerary(origin + "-" + n++, origin,
                    out.segments().stream().map(Segment::id).toList(),
                    back.segments().stream().map(Segment::id).toList(),
                    BigDecimal.valueOf(cents, 2));
            Set<String> transit = new TreeSet<>(out.transitCountries());
            transit.addAll(back.transitCountries());
            trips.add(new RoundTrip(itinerary, out, back, Set.copyOf(transit), cents));
            out.segments().forEach(segment -> segments.putIfAbsent(segment.id(), segment));
            back.segments().forEach(segment -> segments.putIfAbsent(segment.id(), segment));
        }
        return trips;
    }

    /** Diverse journeys: best per transit-country set, then per route and day, then the quickest. */
    private List<Journey> pick(List<Journey> journeys, int count) {
        // A slower variant of a journey is only offered as the cheap option, not to fill the choice.
        List<Journey> sorted = new ArrayList<>(journeys.stream().filter(journey -> !journey.slow()).toList());
        List<Journey> slowOnes = new ArrayList<>(journeys.stream().filter(Journey::slow).toList());
        slowOnes.sort(Comparator.comparingLong(FlightNetwork::score).thenComparing(journey -> journey.segments().get(0).id()));
        sorted.sort(Comparator.comparingLong(FlightNetwork::score).thenComparing(journey -> journey.segments().get(0).id()));
        List<Journey> chosen = new ArrayList<>();
        if (sorted.isEmpty()) {
            return chosen;
        }
        // Other transit countries matter to people who may not transit somewhere, but not at any detour.
        long reasonable = score(sorted.get(0)) * 3;
        Set<Set<String>> transitSets = new LinkedHashSet<>();
        for (Journey journey : sorted) {
            if (chosen.size() < count && score(journey) <= reasonable && transitSets.add(journey.transitCountries())) {
                chosen.add(journey);
            }
        }
        Set<String> routeDays = new HashSet<>();
        chosen.forEach(journey -> routeDays.add(journey.path() + "@" + journey.start().toLocalDate()));
        for (Journey journey : sorted) {
            if (chosen.size() < count && !chosen.contains(journey) && routeDays.add(journey.path() + "@" + journey.start().toLocalDate())) {
                chosen.add(journey);
            }
        }
        for (Journey journey : sorted) {
            if (chosen.size() < count && !chosen.contains(journey)) {
                chosen.add(journey);
            }
        }
        if (chosen.stream().noneMatch(Journey::longLayover)) {
            // Keep one cheap slow option when there is one: planners trade comfort for money.
            Stream.concat(sorted.stream(), slowOnes.stream()).filter(Journey::longLayover).findFirst().ifPresent(slow -> {
                if (chosen.size() >= count) {
                    chosen.remove(chosen.size() - 1);
                }
                chosen.add(slow);
            });
        }
        return chosen;
    }

    /** Lower is better: elapsed minutes, two hours per connection and three more for a long layover. */
    private static long score(Journey journey) {
        return journey.minutes() + 120L * journey.stops() + (journey.longLayover() ? 180 : 0);
    }

    /** Per person: a fare per flight growing with distance, more per stop, less for low-cost carriers and long layovers. */
    private long priceCents(Journey out, Journey back) {
        double euros = 40;
        for (Journey journey : List.of(out, back)) {
            for (Segment segment : journey.segments()) {
                double km = ReferenceNetwork.distanceKm(ReferenceNetwork.airport(segment.from()), ReferenceNetwork.airport(segment.to()));
                double fare = 25 + 0.06 * Math.min(km, 2500) + 0.04 * Math.max(0, km - 2500);
                euros += LOW_COST.contains(segment.carrier()) ? fare * 0.7 : fare;
            }
            euros += 25.0 * journey.stops();
        }
        euros *= 0.9 + 0.3 * random.nextDouble();
        if (out.longLayover() || back.longLayover()) {
            euros *= 0.8;
        }
        return Math.round(euros) * 100;
    }

    /** The flights used by the round trips made so far, seat limits applied. */
    List<Segment> segments() {
        return List.copyOf(segments.values());
    }

    /** Group fares: some flights carry at most a block of seats. */
    void limitSeats(double share, int participants) {
        for (Map.Entry<String, Segment> entry : segments.entrySet()) {
            if (random.nextDouble() < share) {
                Segment segment = entry.getValue();
                int seats = (int) Math.round(participants * (0.015 + 0.035 * random.nextDouble()));
                seats = Math.max(4, Math.min(80, seats));
                entry.setValue(new Segment(segment.id(), segment.carrier(), segment.number(), segment.from(), segment.to(),
                        segment.departure(), segment.arrival(), seats));
            }
        }
    }
}
