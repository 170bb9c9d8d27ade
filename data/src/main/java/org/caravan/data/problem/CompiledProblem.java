package org.caravan.data.problem;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Policy;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.RoomSharing;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.rules.StayRule;
import org.caravan.data.rules.TravelRule;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;
import org.jspecify.annotations.Nullable;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A valid dataset as the planning models count it, built once: the night axis, every itinerary and room in numbers,
 * and every participant's ways to come with their nights and cents. The solver's mapper and the benchmark peers
 * (greedy, CP-SAT, bounds) all plan on it, so they cannot differ on what an option costs or which nights it takes.
 * Immutable once built.
 */
public final class CompiledProblem {

    private final ValidDataset dataset;
    private final NightAxis nights;
    private final Map<SoftRule, Long> weightCents;
    private final List<Segment> segments;
    private final int[] seatLimits;
    private final List<CompiledItinerary> itineraries;
    private final Map<String, CompiledItinerary> itineraryById;
    private final List<CompiledRoom> rooms;
    private final Map<String, CompiledRoom> roomById;
    private final List<CompiledParticipant> participants;
    private final Map<String, CompiledParticipant> participantById;
    private final long budgetCents;
    private final Map<String, Long> fundCents;

    /** The itineraries a participant may fly and their visa fees, shared by everyone with the same profile. */
    private record Allowed(List<CompiledItinerary> itineraries, long[] visaCents) {
    }

    private CompiledProblem(ValidDataset valid) {
        this.dataset = valid;
        Dataset data = valid.dataset();
        DatasetIndex index = valid.index();
        Policy policy = data.policy();
        this.nights = NightAxis.of(data);

        Map<SoftRule, Long> weights = new EnumMap<>(SoftRule.class);
        for (SoftRule rule : SoftRule.values()) {
            weights.put(rule, rule.weightCents(policy.weights()));
        }
        this.weightCents = Collections.unmodifiableMap(weights);

        this.segments = data.flights().segments();
        this.seatLimits = segments.stream().mapToInt(s -> s.seats() == null ? Integer.MAX_VALUE : s.seats()).toArray();
        Map<String, Integer> segmentIndex = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            segmentIndex.put(segments.get(i).id(), i);
        }

        List<CompiledItinerary> compiledItineraries = new ArrayList<>();
        for (ItineraryFacts facts : index.itineraries().values()) {
            compiledItineraries.add(itinerary(compiledItineraries.size(), facts, policy, segmentIndex));
        }
        this.itineraries = List.copyOf(compiledItineraries);
        this.itineraryById = byId(itineraries, CompiledItinerary::id);

        List<CompiledRoom> compiledRooms = new ArrayList<>();
        for (Hotel hotel : data.hotels()) {
            for (Room room : hotel.rooms()) {
                compiledRooms.add(room(compiledRooms.size(), hotel, room, policy));
            }
        }
        this.rooms = List.copyOf(compiledRooms);
        this.roomById = byId(rooms, CompiledRoom::id);

        // The itineraries one may fly depend only on home airports, nationality and visas held: worked out once per
        // such profile (thousands of participants share a few hundred).
        Map<String, Allowed> allowedByProfile = new HashMap<>();
        List<CompiledParticipant> compiledParticipants = new ArrayList<>();
        for (Participant participant : data.participants()) {
            List<TravelOption> options = new ArrayList<>();
            if (participant.flies()) {
                String profile = participant.homeAirports() + "|" + participant.nationality() + "|"
                        + new TreeSet<>(participant.visasHeld());
                Allowed allowed = allowedByProfile.computeIfAbsent(profile, key -> allowed(index, participant));
                for (int i = 0; i < allowed.itineraries().size(); i++) {
                    CompiledItinerary itinerary = allowed.itineraries().get(i);
                    long mask = participant.needsLodging() ? itinerary.stayMask() : 0L;
                    options.add(new TravelOption(itinerary, mask, NightAxis.indexes(mask), allowed.visaCents()[i]));
                }
            } else if (index.groundBlockers(participant).isEmpty()) {
                long mask = nights.mask(index.nights(participant, null));
                options.add(new TravelOption(null, mask, NightAxis.indexes(mask), index.visaFeeCents(participant, null)));
            }
            List<TravelOption> cheapestFirst = new ArrayList<>(options);
            cheapestFirst.sort(Comparator.comparingLong(TravelOption::ownCents));
            compiledParticipants.add(new CompiledParticipant(compiledParticipants.size(), participant, List.copyOf(options),
                    List.copyOf(cheapestFirst), mutualRequests(index, participant)));
        }
        this.participants = List.copyOf(compiledParticipants);
        this.participantById = byId(participants, CompiledParticipant::id);

        this.budgetCents = Money.toCents(data.budget().total());
        Map<String, Long> funds = new LinkedHashMap<>();
        for (Fund fund : data.budget().funds()) {
            funds.put(fund.id(), Money.toCents(fund.amount()));
        }
        this.fundCents = Collections.unmodifiableMap(funds);
    }

    public static CompiledProblem of(ValidDataset dataset) {
        return new CompiledProblem(dataset);
    }

    private CompiledItinerary itinerary(int position, ItineraryFacts facts, Policy policy, Map<String, Integer> segmentIndex) {
        long stay = nights.mask(StayRule.nights(facts.arrival(), facts.departure()));
        long travelHours = TravelRule.travelHourCents(weightCents.get(SoftRule.PER_TRAVEL_HOUR), facts.outboundMinutes(),
                facts.returnMinutes());
        long penalties = weightCents.get(SoftRule.PER_STOP) * facts.stops() + travelHours
                + weightCents.get(SoftRule.LONG_LAYOVER) * facts.longLayovers();
        int[] flown = facts.segments().stream().mapToInt(segment -> segmentIndex.get(segment.id())).toArray();
        return new CompiledItinerary(position, facts, stay, travelHours, penalties,
                ShuttleSlot.of(dataset.dataset().event().venue().airport(), facts.arrivalAtVenueAirport(),
                        policy.arrivalSlotMinutes()), flown);
    }

    private CompiledRoom room(int position, Hotel hotel, Room room, Policy policy) {
        long price = Money.toCents(room.pricePerNight());
        long tax = Money.toCents(hotel.taxPerPersonNight());
        long available = nights.mask(room.available());
        int blockNights = (int) ChronoUnit.DAYS.between(room.available().from(), room.available().to()) + 1;
        String kind = String.join("|", hotel.id(), String.valueOf(room.type()), room.capacity().toString(),
                Long.toString(price), Long.toString(tax), Boolean.toString(room.accessible()), Long.toString(available));
        return new CompiledRoom(position, room, hotel, price, tax, available, blockNights,
                hotel.stars() < policy.vipMinStars(), kind);
    }

    private Allowed allowed(DatasetIndex index, Participant participant) {
        List<CompiledItinerary> allowed = new ArrayList<>();
        List<Long> fees = new ArrayList<>();
        for (ItineraryFacts facts : index.allowedItineraries(participant)) {
            allowed.add(itineraryById.get(facts.id()));
            fees.add(index.visaFeeCents(participant, facts));
        }
        return new Allowed(List.copyOf(allowed), fees.stream().mapToLong(Long::longValue).toArray());
    }

    private static Set<String> mutualRequests(DatasetIndex index, Participant participant) {
        Set<String> mutual = new LinkedHashSet<>();
        for (String requested : participant.roommateRequests()) {
            if (RoomSharing.requestEachOther(participant, index.participant(requested))) {
                mutual.add(requested);
            }
        }
        return Set.copyOf(mutual);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return Collections.unmodifiableMap(map);
    }

    // ---------------------------------------------------------------- look-ups

    public ValidDataset dataset() {
        return dataset;
    }

    public NightAxis nights() {
        return nights;
    }

    /** A soft rule's weight in the policy, in cents. */
    public long weightCents(SoftRule rule) {
        return weightCents.get(rule);
    }

    /** Every flight segment of the dataset, in dataset order. */
    public List<Segment> segments() {
        return segments;
    }

    /** A segment's seat limit; {@link Integer#MAX_VALUE} when it has none. */
    public int seatLimit(int segment) {
        return seatLimits[segment];
    }

    public List<CompiledItinerary> itineraries() {
        return itineraries;
    }

    public @Nullable CompiledItinerary itinerary(String id) {
        return itineraryById.get(id);
    }

    public List<CompiledRoom> rooms() {
        return rooms;
    }

    public @Nullable CompiledRoom room(String id) {
        return roomById.get(id);
    }

    public List<CompiledParticipant> participants() {
        return participants;
    }

    public @Nullable CompiledParticipant participant(String id) {
        return participantById.get(id);
    }

    /** The budget's total, in cents: what everyone but SELF may spend. */
    public long budgetCents() {
        return budgetCents;
    }

    /** Each fund's amount in cents, in dataset order; other payers have no ceiling of their own. */
    public Map<String, Long> fundCents() {
        return fundCents;
    }
}
