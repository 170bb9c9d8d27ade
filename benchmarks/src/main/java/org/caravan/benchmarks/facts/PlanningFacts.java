package org.caravan.benchmarks.facts;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ValidDataset;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.RoomSharing;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.rules.TravelRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the greedy planner, the CP-SAT peer and the bounds plan with, derived once from {@link DatasetIndex} so that
 * the three cannot disagree with each other or with docs/RULES.md: every participant's travel options (allowed
 * itineraries, or the ground stay) with their nights and their per-person money, and the rooms as numbers.
 * Nights are indexed 0..{@link #nightCount()}-1 from the earliest date any stay or room block touches.
 */
public final class PlanningFacts {

    /**
     * One way to bring a participant to the event. {@code itinerary} is null for ground travel.
     *
     * @param personCents what bringing them this way costs in money regardless of the room: fare and visa fees
     * @param discomfortCents the itinerary's own penalties: connections, travel hours, long layovers
     * @param nights night indexes of the stay (empty without lodging)
     * @param segments indexes into {@link #segments()} this option flies
     * @param arrivalSlot the shuttle slot of the arrival at the venue airport ({@code null} for ground travel)
     */
    public record TravelOption(ItineraryFacts itinerary, long personCents, long discomfortCents, int[] nights,
            int[] segments, ShuttleSlot arrivalSlot) {

        public String itineraryId() {
            return itinerary == null ? null : itinerary.id();
        }

        /** Money and penalties attached to the person for this option, before any room. */
        public long ownCents() {
            return personCents + discomfortCents;
        }
    }

    /**
     * A participant as the contenders see them: travel options (none means they cannot be brought) and who pays.
     *
     * @param payer the payer key: a fund id, {@code general} or {@code SELF}
     */
    public record Person(int index, Participant participant, List<TravelOption> options, String payer) {

        public boolean needsRoom() {
            return participant.needsLodging();
        }

        public boolean bringable() {
            return !options.isEmpty();
        }

        public int priority() {
            return participant.priority() == null ? 1 : participant.priority();
        }

        public boolean mustAttend() {
            return participant.mustAttend();
        }

        public String id() {
            return participant.id();
        }
    }

    /**
     * A room in numbers: nights it can be used are {@code firstNight..lastNight} (indexes, inclusive). Rooms of the
     * same {@code kind} (hotel, type, capacity, price, tax, accessibility, block) are interchangeable for every rule.
     */
    public record RoomFacts(int index, Room room, Hotel hotel, int capacity, long priceCents, long taxCents,
            int firstNight, int lastNight, String kind) {

        public boolean availableFor(int[] nights) {
            for (int night : nights) {
                if (night < firstNight || night > lastNight) {
                    return false;
                }
            }
            return true;
        }

        public String id() {
            return room.id();
        }

        public int stars() {
            return hotel.stars() == null ? 0 : hotel.stars();
        }
    }

    private final Dataset dataset;
    private final DatasetIndex index;
    private final List<LocalDate> nightDates;
    private final List<Person> persons;
    private final List<RoomFacts> rooms;
    private final List<Segment> segments;
    private final int[] seatLimits;
    private final Map<String, Integer> personIndex = new HashMap<>();
    private final Map<SoftRule, Long> weightCents = new EnumMap<>(SoftRule.class);

    public PlanningFacts(ValidDataset valid) {
        this.index = valid.index();
        this.dataset = valid.dataset();
        for (SoftRule rule : SoftRule.values()) {
            weightCents.put(rule, rule.weightCents(dataset.policy().weights()));
        }
        this.segments = List.copyOf(dataset.flights().segments());
        this.seatLimits = segments.stream().mapToInt(s -> s.seats() == null ? Integer.MAX_VALUE : s.seats()).toArray();
        Map<String, Integer> segmentIndex = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            segmentIndex.put(segments.get(i).id(), i);
        }

        // First pass: every stay and room block, to fix the night axis.
        record RawOption(ItineraryFacts itinerary, List<LocalDate> nights) {
        }
        List<List<RawOption>> raw = new ArrayList<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        // The itineraries a participant may fly depend only on home airports, nationality and visas held: computed
        // once per such profile (thousands of participants share a few hundred).
        Map<String, List<ItineraryFacts>> allowedByProfile = new HashMap<>();
        for (Participant participant : dataset.participants()) {
            List<RawOption> options = new ArrayList<>();
            if (participant.flies()) {
                String profile = participant.homeAirports() + "|" + participant.nationality() + "|"
                        + new TreeSet<>(participant.visasHeld());
                for (ItineraryFacts facts : allowedByProfile.computeIfAbsent(profile,
                        p -> index.allowedItineraries(participant))) {
                    options.add(new RawOption(facts, index.nights(participant, facts)));
                }
            } else if (index.groundBlockers(participant).isEmpty()) {
                options.add(new RawOption(null, index.nights(participant, null)));
            }
            options.forEach(option -> dates.addAll(option.nights()));
            raw.add(options);
        }
        for (Hotel hotel : dataset.hotels()) {
            for (Room room : hotel.rooms()) {
                if (room.available() != null) {
                    dates.add(room.available().from());
                    dates.add(room.available().to());
                }
            }
        }
        this.nightDates = new ArrayList<>();
        if (!dates.isEmpty()) {
            for (LocalDate d = dates.first(); !d.isAfter(dates.last()); d = d.plusDays(1)) {
                nightDates.add(d);
            }
        }

        this.persons = new ArrayList<>();
        for (int p = 0; p < dataset.participants().size(); p++) {
            Participant participant = dataset.participants().get(p);
            List<TravelOption> options = new ArrayList<>();
            for (RawOption option : raw.get(p)) {
                options.add(travelOption(participant, option.itinerary(), option.nights(), segmentIndex));
            }
            options.sort(Comparator.comparingLong(TravelOption::ownCents));
            persons.add(new Person(p, participant, List.copyOf(options), participant.payer()));
            personIndex.putIfAbsent(participant.id(), p);
        }

        this.rooms = new ArrayList<>();
        for (Hotel hotel : dataset.hotels()) {
            for (Room room : hotel.rooms()) {
                int first = room.available() == null ? 0 : nightIndex(room.available().from());
                int last = room.available() == null ? nightDates.size() - 1 : nightIndex(room.available().to());
                long price = Money.toCents(room.pricePerNight());
                long tax = Money.toCents(hotel.taxPerPersonNight());
                String kind = String.join("|", hotel.id(), String.valueOf(room.type()), room.capacity().toString(),
                        Long.toString(price), Long.toString(tax), Boolean.toString(room.accessible()),
                        Integer.toString(first), Integer.toString(last));
                rooms.add(new RoomFacts(rooms.size(), room, hotel, room.capacity(), price, tax, first, last, kind));
            }
        }
    }

    private TravelOption travelOption(Participant participant, ItineraryFacts facts, List<LocalDate> nights,
            Map<String, Integer> segmentIndex) {
        int[] nightIndexes = nights.stream().mapToInt(this::nightIndex).toArray();
        long visa = index.visaFeeCents(participant, facts);
        if (facts == null) {
            return new TravelOption(null, visa, 0, nightIndexes, new int[0], null);
        }
        long discomfort = weightCents(SoftRule.PER_STOP) * facts.stops()
                + TravelRule.travelHourCents(weightCents(SoftRule.PER_TRAVEL_HOUR), facts.outboundMinutes(),
                        facts.returnMinutes())
                + weightCents(SoftRule.LONG_LAYOVER) * facts.longLayovers();
        int[] segmentIndexes = facts.segments().stream().mapToInt(s -> segmentIndex.get(s.id())).toArray();
        return new TravelOption(facts, facts.priceCents() + visa, discomfort, nightIndexes, segmentIndexes,
                ShuttleSlot.of(facts.arrivalAtVenueAirport(), dataset.policy().arrivalSlotMinutes()));
    }

    private int nightIndex(LocalDate date) {
        int i = (int) (date.toEpochDay() - nightDates.get(0).toEpochDay());
        return Math.max(0, Math.min(i, nightDates.size() - 1));
    }

    // ---------------------------------------------------------------- sharing rules (hard rules 3 and 4)

    /**
     * Hard rule 3 for one pair of roommates: same household, or same gender other than X, or (X involved) they asked
     * for each other.
     */
    public boolean mayShare(Person a, Person b) {
        return RoomSharing.mayShare(a.participant(), b.participant());
    }

    /** Hard rule 4, the part that depends on the room alone. */
    public boolean roomSuits(Person person, RoomFacts room) {
        return !person.participant().needs().accessibleRoom() || room.room().accessible();
    }

    public static boolean overlap(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- budget

    public long budgetTotalCents() {
        return dataset.budget() == null || dataset.budget().total() == null ? Long.MAX_VALUE
                : Money.toCents(dataset.budget().total());
    }

    /** Amount of each fund, in cents; payers not listed here (general, SELF) have no own ceiling. */
    public Map<String, Long> fundAmountsCents() {
        Map<String, Long> amounts = new HashMap<>();
        if (dataset.budget() != null) {
            for (Fund fund : dataset.budget().funds()) {
                amounts.put(fund.id(), Money.toCents(fund.amount()));
            }
        }
        return amounts;
    }

    public static boolean countsInBudget(String payer) {
        return BudgetRule.countsInBudget(payer);
    }

    // ---------------------------------------------------------------- look-ups

    public Dataset dataset() {
        return dataset;
    }

    public DatasetIndex index() {
        return index;
    }

    public List<Person> persons() {
        return persons;
    }

    public Person person(String participantId) {
        Integer i = personIndex.get(participantId);
        return i == null ? null : persons.get(i);
    }

    public List<RoomFacts> rooms() {
        return rooms;
    }

    public List<Segment> segments() {
        return segments;
    }

    public int seatLimit(int segment) {
        return seatLimits[segment];
    }

    public int nightCount() {
        return nightDates.size();
    }

    public LocalDate nightDate(int night) {
        return nightDates.get(night);
    }

    public List<LocalDate> nightDates(int[] nights) {
        List<LocalDate> list = new ArrayList<>(nights.length);
        for (int n : nights) {
            list.add(nightDates.get(n));
        }
        return list;
    }

    /** A soft rule's weight in the policy, in cents. */
    public long weightCents(SoftRule rule) {
        return weightCents.get(rule);
    }

    public Set<String> hotelIds() {
        Set<String> ids = new TreeSet<>();
        dataset.hotels().forEach(h -> ids.add(h.id()));
        return ids;
    }

}
