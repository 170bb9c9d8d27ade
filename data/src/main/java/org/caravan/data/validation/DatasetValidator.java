package org.caravan.data.validation;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.NightRange;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Policy;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.TimeWindow;
import org.caravan.data.dataset.VisaRule;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.rules.StayRule;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds every problem of a {@code caravan-dataset/1} dataset at once, so a planner fixes a file in one pass.
 * Each problem names where it is (a JSON path such as {@code $.participants[3].homeAirports[0]}) and what is wrong.
 * <p>
 * Two phases: the structure first (fields, ranges, references, itineraries); then, only when the structure is
 * clean, what follows from the rules (a must-attend participant who cannot come), on the {@link DatasetIndex} that a
 * clean structure allows and that the {@link ValidDataset} then carries.
 */
public final class DatasetValidator {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final int BLOCKED_ITINERARIES_NAMED = 3;
    /** A trillion: far above any event's money, far below what cents in a {@code long} can hold. */
    private static final BigDecimal MAX_MONEY = BigDecimal.TEN.pow(12);

    private final Dataset dataset;
    private final List<ValidationIssue> issues = new ArrayList<>();
    private final Set<String> airportCodes = new HashSet<>();
    /** The zone of the first airport of each code, when it is a known zone (the one DatasetIndex would use). */
    private final Map<String, ZoneId> airportZones = new HashMap<>();
    private final Map<String, Segment> segments = new HashMap<>();
    private final Set<String> participantIds = new HashSet<>();
    private final Set<String> fundIds = new HashSet<>();

    private DatasetValidator(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Every problem of the dataset, in the order of the file; empty when it can be planned. Never throws. */
    public static List<ValidationIssue> validate(Dataset dataset) {
        return run(dataset).issues();
    }

    /**
     * The dataset's valid form, with the index the validation computed.
     *
     * @throws InvalidDatasetException with every problem, when there is one
     */
    public static ValidDataset valid(Dataset dataset) {
        Outcome outcome = run(dataset);
        if (!outcome.issues().isEmpty()) {
            throw new InvalidDatasetException(outcome.issues());
        }
        return new ValidDataset(dataset, outcome.index());
    }

    /** The problems found and, when the structure is clean, the index the second phase used. */
    private record Outcome(List<ValidationIssue> issues, DatasetIndex index) {
    }

    private static Outcome run(Dataset dataset) {
        if (dataset == null) {
            return new Outcome(List.of(new ValidationIssue("$", "The dataset is empty; expected an object with format \""
                    + Dataset.FORMAT + "\", event, budget, participants, hotels and flights.")), null);
        }
        DatasetValidator validator = new DatasetValidator(dataset);
        validator.indexIds();
        validator.checkStructure();
        if (!validator.issues.isEmpty()) {
            return new Outcome(List.copyOf(validator.issues), null);
        }
        DatasetIndex index = new DatasetIndex(dataset);
        validator.checkEveryMustAttendCanCome(index);
        return new Outcome(List.copyOf(validator.issues), index);
    }

    private void checkStructure() {
        checkFormat();
        checkEvent();
        checkBudget();
        checkPolicy();
        checkAirports();
        checkParticipants();
        checkHotels();
        checkSegments();
        checkItineraries();
        checkVisaRules();
        checkStaySpan();
    }

    // ---------------------------------------------------------------- ids that other parts refer to

    private void indexIds() {
        for (Airport airport : dataset.airports()) {
            if (airport != null && !isBlank(airport.code()) && airportCodes.add(airport.code())) {
                zone(airport.timeZone()).ifPresent(zone -> airportZones.put(airport.code(), zone));
            }
        }
        for (Segment segment : dataset.flights().segments()) {
            if (segment != null && !isBlank(segment.id())) {
                segments.putIfAbsent(segment.id(), segment);
            }
        }
        for (Participant participant : dataset.participants()) {
            if (participant != null && !isBlank(participant.id())) {
                participantIds.add(participant.id());
            }
        }
        if (dataset.budget() != null) {
            for (Fund fund : dataset.budget().funds()) {
                if (fund != null && !isBlank(fund.id()) && !isReservedFundId(fund.id())) {
                    fundIds.add(fund.id());
                }
            }
        }
    }

    // ---------------------------------------------------------------- format and event

    private void checkFormat() {
        if (!Dataset.FORMAT.equals(dataset.format())) {
            issue("$.format", dataset.format() == null
                    ? "The dataset has no format; it must be \"%s\".".formatted(Dataset.FORMAT)
                    : "The format (%s) is not supported; it must be \"%s\".".formatted(dataset.format(), Dataset.FORMAT));
        }
    }

    private void checkEvent() {
        Event event = dataset.event();
        if (event == null) {
            issue("$.event", "The dataset has no event; it needs at least a name, time zone, venue airport, "
                    + "first and last day, arrival and departure windows.");
            return;
        }
        requireText("$.event.name", event.name(), "The event has no name.");
        checkEventTimeZone(event);
        checkCurrency(event);
        checkVenue(event);
        checkEventDays(event);
        checkWindow("$.event.arrivalWindow", "arrival window", event.arrivalWindow());
        checkWindow("$.event.departureWindow", "departure window", event.departureWindow());
        checkWindowsInOrder(event);
    }

    private void checkEventTimeZone(Event event) {
        if (isBlank(event.timeZone())) {
            issue("$.event.timeZone", "The event has no time zone; give a region name such as Africa/Tunis.");
        } else if (zone(event.timeZone()).isEmpty()) {
            issue("$.event.timeZone", "The event's time zone (%s) is unknown; use a region name such as Africa/Tunis."
                    .formatted(event.timeZone()));
        }
    }

    private void checkCurrency(Event event) {
        if (event.currency() != null && !CURRENCY_CODE.matcher(event.currency()).matches()) {
            issue("$.event.currency", "The currency (%s) must be three upper-case letters (ISO 4217), such as EUR."
                    .formatted(event.currency()));
        }
    }

    private void checkVenue(Event event) {
        if (event.venue() == null) {
            issue("$.event.venue", "The event has no venue; it needs at least the venue's airport code.");
        } else if (isBlank(event.venue().airport())) {
            issue("$.event.venue.airport", "The venue has no airport; give the code of the airport participants fly to.");
        } else if (!airportCodes.contains(event.venue().airport())) {
            issue("$.event.venue.airport", "The venue airport (%s) is not in airports; add it there or correct the code."
                    .formatted(event.venue().airport()));
        }
    }

    private void checkEventDays(Event event) {
        if (event.firstDay() == null) {
            issue("$.event.firstDay", "The event has no first day (YYYY-MM-DD).");
        }
        if (event.lastDay() == null) {
            issue("$.event.lastDay", "The event has no last day (YYYY-MM-DD).");
        }
        if (event.firstDay() != null && event.lastDay() != null && event.firstDay().isAfter(event.lastDay())) {
            issue("$.event.lastDay", "The event's last day (%s) is before its first day (%s)."
                    .formatted(event.lastDay(), event.firstDay()));
        }
    }

    private void checkWindow(String path, String what, TimeWindow window) {
        if (window == null) {
            issue(path, "The event has no %s; give its earliest and latest local date-time.".formatted(what));
            return;
        }
        if (window.earliest() == null) {
            issue(path + ".earliest", "The %s has no earliest time (YYYY-MM-DDTHH:MM).".formatted(what));
        }
        if (window.latest() == null) {
            issue(path + ".latest", "The %s has no latest time (YYYY-MM-DDTHH:MM).".formatted(what));
        }
        if (isComplete(window) && window.earliest().isAfter(window.latest())) {
            issue(path, "The %s is empty: it opens (%s) after it closes (%s)."
                    .formatted(what, window.earliest(), window.latest()));
        }
    }

    private void checkWindowsInOrder(Event event) {
        if (isComplete(event.arrivalWindow()) && isComplete(event.departureWindow())
                && event.departureWindow().latest().isBefore(event.arrivalWindow().earliest())) {
            issue("$.event.departureWindow", "The departure window closes (%s) before the arrival window opens (%s)."
                    .formatted(event.departureWindow().latest(), event.arrivalWindow().earliest()));
        }
    }

    // ---------------------------------------------------------------- budget and policy

    private void checkBudget() {
        Budget budget = dataset.budget();
        if (budget == null) {
            issue("$.budget", "The dataset has no budget; give at least budget.total.");
            return;
        }
        if (budget.total() == null) {
            issue("$.budget.total", "The budget has no total.");
        } else {
            requireMoney("$.budget.total", budget.total(), "The budget total (%s) is negative.");
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < budget.funds().size(); i++) {
            checkFund("$.budget.funds[" + i + "]", budget.funds().get(i), seen);
        }
    }

    private void checkFund(String path, Fund fund, Map<String, String> seen) {
        if (fund == null) {
            issue(path, "The fund is empty (null).");
            return;
        }
        if (isBlank(fund.id())) {
            issue(path + ".id", "A fund has no id.");
        } else if (isReservedFundId(fund.id())) {
            issue(path + ".id", "The fund id (%s) is reserved (%s pays for themself, %s is the budget without a fund); choose another id."
                    .formatted(fund.id(), Fund.SELF, Fund.GENERAL));
        } else {
            requireUnique(path + ".id", "fund id", fund.id(), seen);
        }
        if (fund.amount() == null) {
            issue(path + ".amount", "The fund (%s) has no amount.".formatted(fund.id()));
        } else {
            requireMoney(path + ".amount", fund.amount(), "The fund (" + fund.id() + ") has a negative amount (%s).");
        }
    }

    private void checkPolicy() {
        Policy policy = dataset.policy();
        // 0 switches the rule off (no hotel is below it), as a solve's policy overrides allow.
        if (policy.vipMinStars() < 0 || policy.vipMinStars() > 5) {
            issue("$.policy.vipMinStars", "The VIP star level (%d) must be from 0 (no star level) to 5."
                    .formatted(policy.vipMinStars()));
        }
        if (policy.arrivalSlotMinutes() < 1 || policy.arrivalSlotMinutes() > ShuttleSlot.MAX_MINUTES) {
            issue("$.policy.arrivalSlotMinutes", "The arrival slot (%d minutes) must be from 1 to %d minutes (a day)."
                    .formatted(policy.arrivalSlotMinutes(), ShuttleSlot.MAX_MINUTES));
        }
        for (SoftRule rule : SoftRule.values()) {
            requireMoney("$.policy.weights." + rule.key(), rule.weight(policy.weights()),
                    "The weight " + rule.key() + " (%s) is negative; use 0 to switch the rule off.");
        }
    }

    // ---------------------------------------------------------------- airports

    private void checkAirports() {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < dataset.airports().size(); i++) {
            checkAirport("$.airports[" + i + "]", dataset.airports().get(i), seen);
        }
    }

    private void checkAirport(String path, Airport airport, Map<String, String> seen) {
        if (airport == null) {
            issue(path, "The airport is empty (null).");
            return;
        }
        if (isBlank(airport.code())) {
            issue(path + ".code", "An airport has no code.");
        } else {
            requireUnique(path + ".code", "airport code", airport.code(), seen);
        }
        if (isBlank(airport.timeZone())) {
            issue(path + ".timeZone", "The airport (%s) has no time zone; its flights' local times need one."
                    .formatted(airport.code()));
        } else if (zone(airport.timeZone()).isEmpty()) {
            issue(path + ".timeZone", "The airport (%s) has an unknown time zone (%s); use a region name such as Africa/Tunis."
                    .formatted(airport.code(), airport.timeZone()));
        }
        requireCountryCode(path + ".country", airport.country(), "The airport (" + airport.code() + ")", "country");
    }

    // ---------------------------------------------------------------- participants

    private void checkParticipants() {
        Map<String, String> seen = new HashMap<>();
        Map<String, List<Integer>> households = new LinkedHashMap<>();
        for (int i = 0; i < dataset.participants().size(); i++) {
            Participant participant = dataset.participants().get(i);
            String path = "$.participants[" + i + "]";
            if (participant == null) {
                issue(path, "The participant is empty (null).");
                continue;
            }
            checkParticipantIdentity(path, participant, seen);
            checkLanguages(path, participant);
            checkPriority(path, participant);
            checkParticipantFund(path, participant);
            checkHomeAirports(path, participant);
            checkFixedDates(path, participant);
            checkRoommateRequests(path, participant);
            checkVisasHeld(path, participant);
            if (!isBlank(participant.household())) {
                households.computeIfAbsent(participant.household(), household -> new ArrayList<>()).add(i);
            }
        }
        checkHouseholds(households);
    }

    private void checkParticipantIdentity(String path, Participant participant, Map<String, String> seen) {
        if (isBlank(participant.id())) {
            issue(path + ".id", "A participant has no id.");
        } else {
            requireUnique(path + ".id", "participant id", participant.id(), seen);
        }
        requireText(path + ".name", participant.name(), "Participant %s has no name.".formatted(participant.id()));
        if (participant.gender() == null) {
            issue(path + ".gender", "Participant %s has no gender; use F, M or X.".formatted(participant.id()));
        }
        requireCountryCode(path + ".nationality", participant.nationality(), "Participant " + participant.id(), "nationality");
    }

    private void checkLanguages(String path, Participant participant) {
        if (participant.languages().isEmpty()) {
            issue(path + ".languages", "Participant %s has no languages; give at least one (such as fr), so roommates can talk."
                    .formatted(participant.id()));
        }
        requireNoBlankEntries(path + ".languages", participant.languages(), "A language of participant " + participant.id());
    }

    private void checkPriority(String path, Participant participant) {
        if (participant.priority() == null) {
            issue(path + ".priority", "Participant %s has no priority; use 1 (nice to have) to 5.".formatted(participant.id()));
        } else if (participant.priority() < 1 || participant.priority() > 5) {
            issue(path + ".priority", "Participant %s has priority (%d); it must be from 1 (nice to have) to 5."
                    .formatted(participant.id(), participant.priority()));
        }
    }

    private void checkParticipantFund(String path, Participant participant) {
        String fund = participant.fund();
        if (fund == null || Fund.SELF.equals(fund) || fundIds.contains(fund)) {
            return;
        }
        issue(path + ".fund", "The fund (%s) of participant %s is not in budget.funds; use a fund id, %s for self-funded, or leave it empty (null) for the general budget."
                .formatted(fund, participant.id(), Fund.SELF));
    }

    private void checkHomeAirports(String path, Participant participant) {
        if (participant.flies() && participant.homeAirports().isEmpty()) {
            issue(path + ".homeAirports", "Participant %s travels by FLIGHT but has no home airports; give at least one, or set travelMode to NONE."
                    .formatted(participant.id()));
        }
        List<String> codes = participant.homeAirports();
        for (int j = 0; j < codes.size(); j++) {
            requireKnownAirport(path + ".homeAirports[" + j + "]", codes.get(j), "home airport", "participant " + participant.id());
        }
    }

    private void checkFixedDates(String path, Participant participant) {
        LocalDateTime arrival = participant.fixedArrival();
        LocalDateTime departure = participant.fixedDeparture();
        if (arrival != null && departure != null && !arrival.isBefore(departure)) {
            issue(path + ".fixedArrival", "Participant %s arrives (%s) no earlier than they leave (%s); the fixed arrival must come before the fixed departure."
                    .formatted(participant.id(), arrival, departure));
        }
    }

    private void checkRoommateRequests(String path, Participant participant) {
        Set<String> asked = new HashSet<>();
        List<String> requests = participant.roommateRequests();
        for (int j = 0; j < requests.size(); j++) {
            String request = requests.get(j);
            String requestPath = path + ".roommateRequests[" + j + "]";
            if (isBlank(request)) {
                issue(requestPath, "A roommate request of participant %s is empty.".formatted(participant.id()));
            } else if (request.equals(participant.id())) {
                issue(requestPath, "Participant %s asks to room with themself; remove %s from roommateRequests."
                        .formatted(participant.id(), request));
            } else if (!participantIds.contains(request)) {
                issue(requestPath, "Participant %s asks to room with %s, who is not a participant."
                        .formatted(participant.id(), request));
            } else if (!asked.add(request)) {
                issue(requestPath, "Participant %s asks to room with %s more than once; keep one request."
                        .formatted(participant.id(), request));
            }
        }
    }

    private void checkVisasHeld(String path, Participant participant) {
        requireNoBlankEntries(path + ".visasHeld", participant.visasHeld(), "A visa held by participant " + participant.id());
    }

    private void checkHouseholds(Map<String, List<Integer>> membersByHousehold) {
        membersByHousehold.forEach((household, members) -> {
            if (members.size() == 1) {
                int only = members.get(0);
                issue("$.participants[" + only + "].household", "The household (%s) has only one member (%s); a household is people who share a room whatever their genders, so give it to at least two participants or remove it."
                        .formatted(household, dataset.participants().get(only).id()));
            }
        });
    }

    // ---------------------------------------------------------------- hotels and rooms

    private void checkHotels() {
        Map<String, String> seenHotels = new HashMap<>();
        Map<String, String> seenRooms = new HashMap<>();
        for (int h = 0; h < dataset.hotels().size(); h++) {
            Hotel hotel = dataset.hotels().get(h);
            String path = "$.hotels[" + h + "]";
            if (hotel == null) {
                issue(path, "The hotel is empty (null).");
                continue;
            }
            checkHotel(path, hotel, seenHotels);
            for (int r = 0; r < hotel.rooms().size(); r++) {
                checkRoom(path + ".rooms[" + r + "]", hotel.rooms().get(r), seenRooms);
            }
        }
    }

    private void checkHotel(String path, Hotel hotel, Map<String, String> seen) {
        if (isBlank(hotel.id())) {
            issue(path + ".id", "A hotel has no id.");
        } else {
            requireUnique(path + ".id", "hotel id", hotel.id(), seen);
        }
        requireText(path + ".name", hotel.name(), "The hotel (%s) has no name.".formatted(hotel.id()));
        if (hotel.stars() == null) {
            issue(path + ".stars", "The hotel (%s) has no stars; give 1 to 5.".formatted(hotel.id()));
        } else if (hotel.stars() < 1 || hotel.stars() > 5) {
            issue(path + ".stars", "The hotel (%s) has stars (%d); it must be from 1 to 5.".formatted(hotel.id(), hotel.stars()));
        }
        requireMoney(path + ".taxPerPersonNight", hotel.taxPerPersonNight(),
                "The hotel (" + hotel.id() + ") has a negative tax per person per night (%s).");
        if (hotel.distanceKm() != null && hotel.distanceKm() < 0) {
            issue(path + ".distanceKm", "The hotel (%s) has a negative distance to the venue (%s km)."
                    .formatted(hotel.id(), hotel.distanceKm()));
        }
    }

    private void checkRoom(String path, Room room, Map<String, String> seen) {
        if (room == null) {
            issue(path, "The room is empty (null).");
            return;
        }
        if (isBlank(room.id())) {
            issue(path + ".id", "A room has no id.");
        } else {
            requireUnique(path + ".id", "room id", room.id(), seen);
        }
        if (room.capacity() == null) {
            issue(path + ".capacity", "The room (%s) has no capacity; give its number of beds.".formatted(room.id()));
        } else if (room.capacity() < 1) {
            issue(path + ".capacity", "The room (%s) has capacity (%d); it must be at least 1."
                    .formatted(room.id(), room.capacity()));
        }
        if (room.pricePerNight() == null) {
            issue(path + ".pricePerNight", "The room (%s) has no price per night.".formatted(room.id()));
        } else {
            requireMoney(path + ".pricePerNight", room.pricePerNight(),
                    "The room (" + room.id() + ") has a negative price per night (%s).");
        }
        checkAvailability(path + ".available", room);
    }

    private void checkAvailability(String path, Room room) {
        NightRange available = room.available();
        if (available == null) {
            issue(path, "The room (%s) has no available nights; give the first and last night of the block (from, to)."
                    .formatted(room.id()));
            return;
        }
        if (available.from() == null) {
            issue(path + ".from", "The room (%s) has no first available night.".formatted(room.id()));
        }
        if (available.to() == null) {
            issue(path + ".to", "The room (%s) has no last available night.".formatted(room.id()));
        }
        if (available.from() != null && available.to() != null && available.from().isAfter(available.to())) {
            issue(path, "The room (%s) is never available: its first night (%s) is after its last night (%s)."
                    .formatted(room.id(), available.from(), available.to()));
        }
    }

    // ---------------------------------------------------------------- flights

    private void checkSegments() {
        Map<String, String> seen = new HashMap<>();
        List<Segment> all = dataset.flights().segments();
        for (int s = 0; s < all.size(); s++) {
            checkSegment("$.flights.segments[" + s + "]", all.get(s), seen);
        }
    }

    private void checkSegment(String path, Segment segment, Map<String, String> seen) {
        if (segment == null) {
            issue(path, "The flight segment is empty (null).");
            return;
        }
        if (isBlank(segment.id())) {
            issue(path + ".id", "A flight segment has no id.");
        } else {
            requireUnique(path + ".id", "segment id", segment.id(), seen);
        }
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
        List<Itinerary> all = dataset.flights().itineraries();
        for (int k = 0; k < all.size(); k++) {
            checkItinerary("$.flights.itineraries[" + k + "]", all.get(k), seen);
        }
    }

    private void checkItinerary(String path, Itinerary itinerary, Map<String, String> seen) {
        if (itinerary == null) {
            issue(path, "The itinerary is empty (null).");
            return;
        }
        if (isBlank(itinerary.id())) {
            issue(path + ".id", "An itinerary has no id.");
        } else {
            requireUnique(path + ".id", "itinerary id", itinerary.id(), seen);
        }
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

    // ---------------------------------------------------------------- visa rules

    private void checkVisaRules() {
        for (int v = 0; v < dataset.visaRules().size(); v++) {
            checkVisaRule("$.visaRules[" + v + "]", dataset.visaRules().get(v));
        }
    }

    private void checkVisaRule(String path, VisaRule rule) {
        if (rule == null) {
            issue(path, "The visa rule is empty (null).");
            return;
        }
        requireCountryCode(path + ".nationality", rule.nationality(), "A visa rule", "nationality");
        requireCountryCode(path + ".country", rule.country(), "A visa rule", "country");
        if (rule.purpose() == null) {
            issue(path + ".purpose", "A visa rule has no purpose; use ENTRY or TRANSIT.");
        }
        requireText(path + ".visa", rule.visa(), "A visa rule names no visa; give the visa's name as in visasHeld (such as SCHENGEN).");
        requireMoney(path + ".fee", rule.fee(), "A visa rule has a negative fee (%s).");
    }

    // ---------------------------------------------------------------- stay span

    /**
     * Every stay must fit in {@value StayRule#MAX_SPAN_NIGHTS} nights counted from the night before the earliest arrival,
     * because the solver keeps a stay's nights in a 64-bit mask.
     */
    private void checkStaySpan() {
        Event event = dataset.event();
        if (event == null || !isComplete(event.arrivalWindow()) || !isComplete(event.departureWindow())) {
            return;
        }
        LocalDate start = event.arrivalWindow().earliest().toLocalDate();
        LocalDate end = event.departureWindow().latest().toLocalDate();
        if (event.firstDay() != null && event.firstDay().isBefore(start)) {
            start = event.firstDay();
        }
        if (event.lastDay() != null && event.lastDay().isAfter(end)) {
            end = event.lastDay();
        }
        if (StayRule.spanNights(start, end) > StayRule.MAX_SPAN_NIGHTS) {
            issue("$.event", "The stays run from the night of %s (before the earliest arrival) to %s, %d nights; at most %d are supported, because the solver keeps a stay's nights in a 64-bit mask. Narrow the arrival or departure window."
                    .formatted(start.minusDays(1), end, StayRule.spanNights(start, end), StayRule.MAX_SPAN_NIGHTS));
            return;
        }
        // Fixed dates widen the span together (one early arrival and another late departure), so it grows as we go
        // and the first date that breaks it is the one reported.
        for (int i = 0; i < dataset.participants().size(); i++) {
            Participant participant = dataset.participants().get(i);
            if (participant == null) {
                continue;
            }
            for (LocalDateTime fixed : Arrays.asList(participant.fixedArrival(), participant.fixedDeparture())) {
                if (fixed == null) {
                    continue;
                }
                LocalDate day = fixed.toLocalDate();
                start = day.isBefore(start) ? day : start;
                end = day.isAfter(end) ? day : end;
                if (StayRule.spanNights(start, end) > StayRule.MAX_SPAN_NIGHTS) {
                    String field = fixed == participant.fixedArrival() ? "fixedArrival" : "fixedDeparture";
                    issue("$.participants[" + i + "]." + field, "Participant %s's fixed date (%s) stretches the stays to %d nights, from the night of %s to %s; at most %d are supported, because the solver keeps a stay's nights in a 64-bit mask."
                            .formatted(participant.id(), fixed, StayRule.spanNights(start, end), start.minusDays(1), end, StayRule.MAX_SPAN_NIGHTS));
                    return;
                }
            }
        }
    }

    // ---------------------------------------------------------------- phase two: who cannot come at all

    private void checkEveryMustAttendCanCome(DatasetIndex index) {
        for (int i = 0; i < dataset.participants().size(); i++) {
            Participant participant = dataset.participants().get(i);
            if (!participant.mustAttend()) {
                continue;
            }
            String path = "$.participants[" + i + "]";
            List<NotBroughtReason> entryBlockers = index.groundBlockers(participant);
            if (!entryBlockers.isEmpty()) {
                issue(path, "Participant %s (%s) must attend but cannot enter: %s. Add the visa to visasHeld if they hold it, or lift mustAttend."
                        .formatted(participant.id(), participant.name(), messages(entryBlockers)));
            } else if (participant.flies() && index.allowedItineraries(participant).isEmpty()) {
                issue(path, "Participant %s (%s) must attend but no itinerary can carry them: %s. Add an itinerary, widen the windows, or lift mustAttend."
                        .formatted(participant.id(), participant.name(), whyNoItinerary(index, participant)));
            } else if (participant.needsLodging() && !hasRoomFor(participant)) {
                issue(path, "Participant %s (%s) must attend but no room can take them: there is no %sroom in any hotel. Add one, or lift mustAttend."
                        .formatted(participant.id(), participant.name(), participant.needs().accessibleRoom() ? "accessible " : ""));
            }
        }
    }

    private boolean hasRoomFor(Participant participant) {
        return dataset.hotels().stream().flatMap(hotel -> hotel.rooms().stream())
                .anyMatch(room -> room.accessible() || !participant.needs().accessibleRoom());
    }

    private String whyNoItinerary(DatasetIndex index, Participant participant) {
        if (index.itineraries().isEmpty()) {
            return "the dataset has no itineraries";
        }
        List<ItineraryFacts> fromHome = index.itineraries().values().stream()
                .filter(facts -> participant.homeAirports().contains(facts.itinerary().origin())).toList();
        if (fromHome.isEmpty()) {
            return "no itinerary starts at a home airport (%s)".formatted(String.join(", ", participant.homeAirports()));
        }
        String named = fromHome.stream().limit(BLOCKED_ITINERARIES_NAMED)
                .map(facts -> messages(index.blockers(participant, facts))).collect(Collectors.joining("; "));
        int more = fromHome.size() - BLOCKED_ITINERARIES_NAMED;
        return more > 0 ? named + "; and %d more itineraries from home are blocked too".formatted(more) : named;
    }

    private static String messages(List<NotBroughtReason> reasons) {
        return reasons.stream().map(NotBroughtReason::message).collect(Collectors.joining("; "));
    }

    // ---------------------------------------------------------------- small helpers

    private void issue(String path, String message) {
        issues.add(new ValidationIssue(path, message));
    }

    private void requireText(String path, String value, String message) {
        if (isBlank(value)) {
            issue(path, message);
        }
    }

    private void requireUnique(String path, String what, String id, Map<String, String> firstPathById) {
        String first = firstPathById.putIfAbsent(id, path);
        if (first != null) {
            issue(path, "The %s (%s) is used twice; it is already used at %s.".formatted(what, id, first));
        }
    }

    /**
     * An amount of money: not negative ({@code negative} has one {@code %s} for the value) and in whole cents, since
     * every cost and weight is counted in cents and a third decimal would be rounded away unseen.
     */
    private void requireMoney(String path, BigDecimal value, String negative) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            issue(path, negative.formatted(value.toPlainString()));
        } else if (value.compareTo(MAX_MONEY) > 0) {
            issue(path, "The amount (%s) is larger than Caravan counts (%s); is a column shifted?"
                    .formatted(value.toPlainString(), MAX_MONEY.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > 2) {
            issue(path, "The amount (%s) has more than two decimals; money is counted in cents of the event currency."
                    .formatted(value.toPlainString()));
        }
    }

    private void requireCountryCode(String path, String code, String owner, String field) {
        if (code == null) {
            issue(path, "%s has no %s; give two upper-case letters (ISO 3166-1 alpha-2) such as TN.".formatted(owner, field));
        } else if (!COUNTRY_CODE.matcher(code).matches()) {
            issue(path, "%s has %s (%s); it must be two upper-case letters (ISO 3166-1 alpha-2), such as TN."
                    .formatted(owner, field, code));
        }
    }

    private void requireKnownAirport(String path, String code, String what, String owner) {
        if (isBlank(code)) {
            issue(path, "The %s of %s is empty; give an airport code.".formatted(what, owner));
        } else if (!airportCodes.contains(code)) {
            issue(path, "The %s (%s) of %s is not in airports; add it there or correct the code.".formatted(what, code, owner));
        }
    }

    private void requireNoBlankEntries(String path, List<String> values, String what) {
        for (int j = 0; j < values.size(); j++) {
            if (isBlank(values.get(j))) {
                issue(path + "[" + j + "]", what + " is empty.");
            }
        }
    }

    private String venueAirport() {
        Event event = dataset.event();
        return event == null || event.venue() == null ? null : event.venue().airport();
    }

    private Optional<ZonedDateTime> departureInstant(Segment segment) {
        ZoneId zone = segment.from() == null ? null : airportZones.get(segment.from());
        return zone == null || segment.departure() == null ? Optional.empty() : Optional.of(segment.departure().atZone(zone));
    }

    private Optional<ZonedDateTime> arrivalInstant(Segment segment) {
        ZoneId zone = segment.to() == null ? null : airportZones.get(segment.to());
        return zone == null || segment.arrival() == null ? Optional.empty() : Optional.of(segment.arrival().atZone(zone));
    }

    private static Optional<ZoneId> zone(String id) {
        if (isBlank(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static boolean isComplete(TimeWindow window) {
        return window != null && window.earliest() != null && window.latest() != null;
    }

    private static boolean isReservedFundId(String id) {
        return Fund.SELF.equals(id) || Fund.GENERAL.equals(id);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
