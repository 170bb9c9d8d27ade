package org.caravan.solver.rules;

import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.dataset.Weights;
import org.caravan.data.problem.Night;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.solver.domain.Budget;
import org.caravan.solver.domain.Hotel;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.Segment;
import org.caravan.solver.domain.SolvePolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small planning-model objects for constraint tests: six nights from 22 March, a few rooms and itineraries. */
final class ModelFixture {

    static final List<Night> NIGHTS = List.of(0, 1, 2, 3, 4, 5).stream()
            .map(i -> new Night(i, LocalDate.of(2026, 3, 22).plusDays(i))).toList();
    static final long ALL_NIGHTS = 0b111111L;
    /** Nights 1 to 3 (23, 24, 25 March). */
    static final long THREE_NIGHTS = 0b001110L;
    /** Nights 3 and 4 (25, 26 March): overlaps THREE_NIGHTS on night 3. */
    static final long LATE_NIGHTS = 0b011000L;
    /** Night 5 only: overlaps neither. */
    static final long LAST_NIGHT = 0b100000L;

    static final Budget BUDGET = new Budget(100_000);
    static final Payer GENERAL = new Payer("general", Payer.NO_CAP, true, BUDGET);
    static final Payer SELF = new Payer("SELF", Payer.NO_CAP, false, BUDGET);

    static final Hotel FOUR_STARS = new Hotel("h4", "Four", 4, 150, false);
    static final Hotel TWO_STARS = new Hotel("h2", "Two", 2, 100, true);

    /**
     * A policy whose weights are all different and none the default, so that a test sees each rule take its own:
     * noCommonLanguage 61.00, roommateCountry 16.00, roommateRequestUnmet 41.00, delegationSplit 26.00, perStop 31.00,
     * perTravelHour 9.00, longLayover 81.00, arrivalSlot 91.00, vipBelowStars 151.00, disruption 0.51.
     */
    static final SolvePolicy POLICY = policy(RoommateCountryMode.MIX);

    static SolvePolicy policy(RoommateCountryMode roommateCountry) {
        return SolvePolicy.of(roommateCountry, new Weights(BigDecimal.valueOf(61), BigDecimal.valueOf(16),
                BigDecimal.valueOf(41), BigDecimal.valueOf(26), BigDecimal.valueOf(31), BigDecimal.valueOf(9),
                BigDecimal.valueOf(81), BigDecimal.valueOf(91), BigDecimal.valueOf(151), new BigDecimal("0.51")));
    }

    private static int rooms;
    private static int itineraries;
    private static int participants;

    private ModelFixture() {
    }

    static Payer fund(String id, long capCents) {
        return new Payer(id, capCents, true, BUDGET);
    }

    static Room room(String id, int capacity, long priceCents) {
        return room(id, FOUR_STARS, capacity, priceCents, false, ALL_NIGHTS);
    }

    static Room room(String id, Hotel hotel, int capacity, long priceCents, boolean accessible, long available) {
        return new Room(id, rooms++, hotel, "ROOM", capacity, priceCents, accessible, available);
    }

    static Itinerary itinerary(String id, long priceCents, long stayMask) {
        return itinerary(id, priceCents, stayMask, 0, 0, 0, 1, List.of());
    }

    static Itinerary itinerary(String id, long priceCents, long stayMask, int stops, int longLayovers, long hourCents,
            long slot, List<Segment> limitedSegments) {
        List<Night> nights = NIGHTS.stream().filter(night -> (stayMask & night.bit()) != 0).toList();
        return new Itinerary(id, itineraries++, priceCents, stayMask, nights, stops, longLayovers, hourCents, slot(slot),
                limitedSegments);
    }

    /** Shuttle slot number {@code n}: the n-th hour from 22 March, midnight. */
    static ShuttleSlot slot(long n) {
        LocalDateTime start = NIGHTS.get(0).date().atStartOfDay().plusHours(n);
        return new ShuttleSlot("DJE", start, start.plusHours(1));
    }

    static Person person(String id) {
        return new Person(id);
    }

    /** Builds a participant; by default a French woman flying on no itinerary yet, general budget, priority 3. */
    static final class Person {
        private final String id;
        private Gender gender = Gender.F;
        private String nationality = "FR";
        private List<String> languages = List.of("fr");
        private String household;
        private String delegation;
        private int priority = 3;
        private boolean mustAttend;
        private Payer payer = GENERAL;
        private boolean distinguished;
        private Set<String> mutualRequests = Set.of();
        private boolean flies = true;
        private boolean needsLodging = true;
        private boolean single;
        private boolean accessible;
        private long groundStay;
        private long groundVisa;
        private boolean groundBlocked;
        private final List<Itinerary> allowed = new ArrayList<>();
        private final Map<Itinerary, Long> visaFees = new HashMap<>();
        private Itinerary itinerary;
        private Room room;

        private Person(String id) {
            this.id = id;
        }

        Person gender(Gender value) { gender = value; return this; }
        Person nationality(String value) { nationality = value; return this; }
        Person languages(String... value) { languages = List.of(value); return this; }
        Person household(String value) { household = value; return this; }
        Person delegation(String value) { delegation = value; return this; }
        Person priority(int value) { priority = value; return this; }
        Person mustAttend() { mustAttend = true; return this; }
        Person payer(Payer value) { payer = value; return this; }
        Person vip() { distinguished = true; return this; }
        Person mutualRequest(String other) { mutualRequests = Set.of(other); return this; }
        Person single() { single = true; return this; }
        Person accessible() { accessible = true; return this; }
        Person noLodging() { needsLodging = false; return this; }
        Person visaFee(Itinerary forTrip, long cents) { visaFees.put(forTrip, cents); return this; }

        Person ground(long nights, long visaFee, boolean blocked) {
            flies = false;
            groundStay = nights;
            groundVisa = visaFee;
            groundBlocked = blocked;
            itinerary = Itinerary.GROUND;
            return this;
        }

        /** Flies this itinerary, which is allowed unless {@code allowed} is false. */
        Person flies(Itinerary value, boolean isAllowed) {
            itinerary = value;
            if (isAllowed) {
                allowed.add(value);
            }
            return this;
        }

        Person flies(Itinerary value) {
            return flies(value, true);
        }

        Person in(Room value) { room = value; return this; }

        Participant build() {
            BitSet languageBits = new BitSet();
            languages.forEach(language -> languageBits.set(Math.abs(language.hashCode() % 1000)));
            BitSet allowedBits = new BitSet();
            allowed.forEach(t -> allowedBits.set(t.index()));
            List<Night> groundNightList = NIGHTS.stream().filter(night -> (groundStay & night.bit()) != 0).toList();
            Participant participant = new Participant(id, participants++,
                    new Participant.Profile(gender, nationality, languageBits, household, delegation, priority, mustAttend,
                            payer, distinguished, mutualRequests),
                    new Participant.Options(flies, needsLodging, single, accessible, groundStay, groundNightList, groundVisa,
                            groundBlocked, allowedBits, visaFees),
                    allowed.isEmpty() ? List.of(itinerary == null ? Itinerary.GROUND : itinerary) : List.copyOf(allowed),
                    room == null ? List.of() : List.of(room));
            participant.setItinerary(itinerary == null ? Itinerary.GROUND : itinerary);
            participant.setRoom(needsLodging ? room : (room == null ? null : Room.NOT_NEEDED));
            return participant;
        }
    }
}
