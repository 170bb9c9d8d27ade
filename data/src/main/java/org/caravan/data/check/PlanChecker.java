package org.caravan.data.check;

import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Policy;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.Spent;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Costs;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.DisruptionRule;
import org.caravan.data.rules.HardRule;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.RoomSharing;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.rules.TravelRule;
import org.caravan.data.text.Amount;
import org.caravan.data.text.Text;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The referee: recomputes a plan's hard breaches, scores, costs and penalties from the dataset alone, following
 * docs/RULES.md, and lists where the plan's own statements disagree. It shares with the solver only the derived
 * facts of {@link DatasetIndex}, {@code StayRule}, {@link Money}, {@link HardRule} and {@link SoftRule}, so a
 * corrupted solver score shows up as an inconsistency here.
 *
 * <p>Clarity over speed, but everything is grouped by room, night, segment or payer with maps: no step compares
 * all participants with all others, so tens of thousands of participants check in well under a second.
 *
 * <p>The dataset is a {@link ValidDataset}; the plan may be anything: unknown ids, missing or duplicated participants
 * and items a participant cannot use are reported as inconsistencies and ignored. The report always carries the
 * recomputed numbers, never the plan's.
 */
public final class PlanChecker {

    private final Dataset dataset;
    private final DatasetIndex index;
    private final Plan plan;
    private final @Nullable Plan publishedPlan;
    private final String currency;

    private final List<String> inconsistencies = new ArrayList<>();
    private final Map<HardRule, List<Breach>> breaches = new EnumMap<>(HardRule.class);
    private final Map<SoftRule, Long> penaltyCents = new EnumMap<>(SoftRule.class);
    private final List<Penalty> penaltyMatches = new ArrayList<>();
    /**
     * One per dataset participant, in dataset order, as the checker reads the plan: ids the dataset does not know, and
     * items the participant cannot use (an itinerary for a ground traveller, a room for someone without lodging), are
     * reported as inconsistencies and treated as absent; the nights are recomputed from the stay (none for a flyer
     * without an itinerary: no itinerary, no stay).
     */
    private final Map<String, ParticipantInPlan> decisions = new LinkedHashMap<>();
    /** Room id → night → brought occupants that night, in dataset order of participants. */
    private final Map<String, TreeMap<LocalDate, List<ParticipantInPlan>>> occupancy = new LinkedHashMap<>();
    /** Room id → its brought occupants with at least one night there, in dataset order. */
    private final Map<String, List<ParticipantInPlan>> roomOccupants = new LinkedHashMap<>();
    private final List<RoommatePair> roommatePairs = new ArrayList<>();
    private final Map<String, Set<String>> roommatesOf = new LinkedHashMap<>();

    // Money, in cents.
    private long flightsCents;
    private long roomsCents;
    private long taxesCents;
    private long visasCents;
    private long spentCents;
    private final Map<String, Long> payerCents = new LinkedHashMap<>();
    private final Map<String, ParticipantCost> participantCosts = new LinkedHashMap<>();
    private final Map<String, Long> roomCostCents = new LinkedHashMap<>();

    private PlanChecker(ValidDataset valid, Plan plan, @Nullable Plan publishedPlan) {
        this.dataset = valid.dataset();
        this.index = valid.index();
        this.plan = Objects.requireNonNull(plan, "plan");
        this.publishedPlan = publishedPlan;
        this.currency = dataset.event().currency() == null ? "" : " " + dataset.event().currency();
        for (HardRule rule : HardRule.values()) {
            breaches.put(rule, new ArrayList<>());
        }
        for (SoftRule rule : SoftRule.values()) {
            penaltyCents.put(rule, 0L);
        }
    }

    /** Checks a plan; the disruption penalty is 0 (there is no published plan to compare with). */
    public static CheckReport check(ValidDataset dataset, Plan plan) {
        return check(dataset, plan, null);
    }

    /** Checks a re-plan; {@code publishedPlan} (may be null) is the plan it must disturb as little as possible. */
    public static CheckReport check(ValidDataset dataset, Plan plan, @Nullable Plan publishedPlan) {
        return new PlanChecker(dataset, plan, publishedPlan).run();
    }

    private CheckReport run() {
        readAssignments();
        fillOccupancy();
        findRoommatePairs();

        checkRoomCapacity();
        checkRoomAvailability();
        checkRoommatePairs();
        checkAccessibleRooms();
        checkItineraries();
        checkSeatLimits();
        countMoney();
        checkBudget();
        checkMustAttend();
        checkHalfBrought();

        penalizeRoommatePairs();
        penalizeUnmetRequests();
        penalizeDelegationSplits();
        penalizeItineraries();
        penalizeArrivalSlots();
        penalizeVipsBelowStars();
        penalizeDisruption();

        List<Breach> allBreaches = breaches.values().stream().flatMap(List::stream).toList();
        long hard = -allBreaches.stream().mapToLong(Breach::weightedDegree).sum();
        long medium = -decisions.values().stream().filter(decision -> !decision.brought())
                .mapToLong(decision -> priority(decision.participant())).sum();
        long total = flightsCents + roomsCents + taxesCents + visasCents + spentCents;
        long penaltiesTotal = penaltyCents.values().stream().mapToLong(Long::longValue).sum();
        long soft = -(total + penaltiesTotal);

        Costs costs = new Costs(Money.fromCents(total), Money.fromCents(flightsCents), Money.fromCents(roomsCents),
                Money.fromCents(taxesCents), Money.fromCents(visasCents), inMoney(orderedPayers()),
                spentCents == 0 ? null : Money.fromCents(spentCents));
        Map<String, BigDecimal> penalties = new LinkedHashMap<>();
        penaltyCents.forEach((rule, cents) -> penalties.put(rule.key(), Money.fromCents(cents)));

        compareStatedScoreAndMoney(hard, medium, soft, costs, penalties);
        return new CheckReport(allBreaches, new PlanScore(hard, medium, Money.fromCents(soft)), costs,
                Collections.unmodifiableMap(penalties),
                Collections.unmodifiableMap(participantCosts), inMoney(roomCostCents), inconsistencies, penaltyMatches);
    }

    // ================================================================ reading the plan

    private void readAssignments() {
        Map<String, Assignment> assignments = new LinkedHashMap<>();
        for (Assignment assignment : plan.assignments()) {
            String id = assignment.participant();
            if (id == null || index.participant(id) == null) {
                inconsistent("The plan assigns unknown participant %s", id);
            } else if (assignments.putIfAbsent(id, assignment) != null) {
                inconsistent("Participant %s has more than one assignment; only the first is checked", id);
            }
        }
        for (Participant participant : dataset.participants()) {
            decisions.put(participant.id(), decide(participant, assignments.get(participant.id())));
        }
    }

    private ParticipantInPlan decide(Participant participant, Assignment assignment) {
        String id = participant.id();
        if (assignment == null) {
            inconsistent("Participant %s has no assignment in the plan; counted as not brought", id);
            return new ParticipantInPlan(participant, null, false, null, null, null, List.of());
        }
        if (!assignment.brought()) {
            if (assignment.itinerary() != null || assignment.room() != null
                    || (assignment.nights() != null && !assignment.nights().isEmpty())) {
                inconsistent("Participant %s is not brought but the plan gives them itinerary %s, room %s, nights %s",
                        id, assignment.itinerary(), assignment.room(), assignment.nights());
            }
            return new ParticipantInPlan(participant, assignment, false, null, null, null, List.of());
        }
        ItineraryFacts itinerary = null;
        if (assignment.itinerary() != null) {
            if (!participant.flies()) {
                inconsistent("Participant %s travels by ground (travelMode NONE) but the plan gives them itinerary %s;"
                        + " ignored", id, assignment.itinerary());
            } else {
                itinerary = index.itinerary(assignment.itinerary());
                if (itinerary == null) {
                    inconsistent("Participant %s has unknown itinerary %s; counted as no itinerary", id,
                            assignment.itinerary());
                }
            }
        }
        Room room = null;
        if (assignment.room() != null) {
            if (!participant.needsLodging()) {
                inconsistent("Participant %s needs no lodging but the plan gives them room %s; ignored", id,
                        assignment.room());
            } else {
                room = index.room(assignment.room());
                if (room == null) {
                    inconsistent("Participant %s has unknown room %s; counted as no room", id, assignment.room());
                }
            }
        }
        boolean stayKnown = !participant.flies() || itinerary != null;
        List<LocalDate> nights = stayKnown ? index.nights(participant, itinerary) : List.of();
        List<LocalDate> stated = assignment.nights() == null ? List.of()
                : assignment.nights().stream().sorted().toList();
        if (!stated.equals(nights)) {
            inconsistent("Participant %s: the plan says nights %s, the stay %s gives %s", id, stated,
                    stayKnown ? stayText(participant, itinerary) : "(no itinerary, so no stay)", nights);
        }
        Hotel hotel = room == null ? null : index.hotelOfRoom(room.id());
        return new ParticipantInPlan(participant, assignment, true, itinerary, room, hotel, nights);
    }

    private String stayText(Participant participant, ItineraryFacts itinerary) {
        return "from " + index.arrival(participant, itinerary) + " to " + index.departure(participant, itinerary);
    }

    private void fillOccupancy() {
        for (ParticipantInPlan decision : decisions.values()) {
            if (decision.brought() && decision.room() != null) {
                TreeMap<LocalDate, List<ParticipantInPlan>> nights =
                        occupancy.computeIfAbsent(decision.room().id(), room -> new TreeMap<>());
                for (LocalDate night : decision.nights()) {
                    nights.computeIfAbsent(night, n -> new ArrayList<>()).add(decision);
                }
                if (!decision.nights().isEmpty()) {
                    roomOccupants.computeIfAbsent(decision.room().id(), room -> new ArrayList<>()).add(decision);
                }
            }
        }
    }

    /** Two brought participants in the same room with at least one night in common, each pair once. */
    private record RoommatePair(ParticipantInPlan first, ParticipantInPlan second, Room room, LocalDate firstCommonNight) {

        List<String> ids() {
            return List.of(first.id(), second.id(), room.id(), firstCommonNight.toString());
        }

        Text text() {
            return Text.of("explain.pair", first.id(), second.id(), room.id(), firstCommonNight);
        }
    }

    private void findRoommatePairs() {
        roomOccupants.forEach((roomId, occupants) -> {
            Room room = index.room(roomId);
            for (int i = 0; i < occupants.size(); i++) {
                ParticipantInPlan first = occupants.get(i);
                Set<LocalDate> nightsOfFirst = new HashSet<>(first.nights());
                for (ParticipantInPlan second : occupants.subList(i + 1, occupants.size())) {
                    // nights are in date order, so the first match is the first common night
                    second.nights().stream().filter(nightsOfFirst::contains).findFirst().ifPresent(common ->
                            addPair(new RoommatePair(first, second, room, common)));
                }
            }
        });
    }

    private void addPair(RoommatePair pair) {
        roommatePairs.add(pair);
        roommatesOf.computeIfAbsent(pair.first().id(), id -> new HashSet<>()).add(pair.second().id());
        roommatesOf.computeIfAbsent(pair.second().id(), id -> new HashSet<>()).add(pair.first().id());
    }

    // ================================================================ hard rules

    private void checkRoomCapacity() {
        occupancy.forEach((roomId, nights) -> {
            Room room = index.room(roomId);
            int capacity = room.capacity();
            nights.forEach((night, occupants) -> {
                if (occupants.size() > capacity) {
                    List<String> ids = new ArrayList<>(List.of(roomId, night.toString()));
                    occupants.forEach(occupant -> ids.add(occupant.id()));
                    breach(HardRule.ROOM_CAPACITY, occupants.size() - capacity, ids,
                            "explain.roomCapacity", roomId, capacity, occupants.size(), night, idsOf(occupants));
                }
            });
        });
    }

    private void checkRoomAvailability() {
        for (ParticipantInPlan decision : decisions.values()) {
            Room room = decision.room();
            if (!decision.brought() || room == null) {
                continue;
            }
            for (LocalDate night : decision.nights()) {
                if (!room.available().contains(night)) {
                    breach(HardRule.ROOM_UNAVAILABLE, 1, List.of(decision.id(), room.id(), night.toString()),
                            "explain.roomUnavailable", decision.id(),
                            room.id(), night, room.available().from(), room.available().to());
                }
            }
        }
    }

    private void checkRoommatePairs() {
        for (RoommatePair pair : roommatePairs) {
            Participant a = pair.first().participant();
            Participant b = pair.second().participant();
            if (!RoomSharing.mayShare(a, b)) {
                breach(HardRule.GENDER_MIX, 1, pair.ids(), "explain.genderMix", a.id(), a.gender(), a.household(), b.id(),
                        b.gender(), b.household(), pair.text());
            }
            if (a.needs().singleRoom() || b.needs().singleRoom()) {
                if (a.needs().singleRoom() && b.needs().singleRoom()) {
                    breach(HardRule.SINGLE_ROOM_SHARED, 1, pair.ids(), "explain.singleRoomShared.both", pair.text());
                } else {
                    breach(HardRule.SINGLE_ROOM_SHARED, 1, pair.ids(), "explain.singleRoomShared.one",
                            a.needs().singleRoom() ? a.id() : b.id(), pair.text());
                }
            }
        }
    }

    private void checkAccessibleRooms() {
        for (ParticipantInPlan decision : decisions.values()) {
            if (decision.brought() && decision.room() != null && decision.participant().needs().accessibleRoom()
                    && !decision.room().accessible()) {
                breach(HardRule.ACCESSIBLE_ROOM_MISSING, 1, List.of(decision.id(), decision.room().id()),
                        "explain.accessibleRoomMissing", decision.id(),
                        decision.room().id());
            }
        }
    }

    private void checkItineraries() {
        for (ParticipantInPlan decision : decisions.values()) {
            if (!decision.brought()) {
                continue;
            }
            Participant participant = decision.participant();
            if (participant.flies() && decision.itinerary() != null) {
                List<NotBroughtReason> blockers = index.blockers(participant, decision.itinerary());
                if (!blockers.isEmpty()) {
                    breach(HardRule.ITINERARY_NOT_ALLOWED, 1, List.of(decision.id(), decision.itinerary().id()),
                            "explain.itineraryNotAllowed", decision.id(), decision.itinerary().id(), messages(blockers));
                }
            } else if (!participant.flies()) {
                List<NotBroughtReason> blockers = index.groundBlockers(participant);
                if (!blockers.isEmpty()) {
                    breach(HardRule.ITINERARY_NOT_ALLOWED, 1, List.of(decision.id()),
                            "explain.groundNotAllowed", decision.id(), messages(blockers));
                }
            }
        }
    }

    private static Text messages(List<NotBroughtReason> reasons) {
        return Text.join("; ", reasons.stream().map(NotBroughtReason::text).toList());
    }

    private void checkSeatLimits() {
        // A segment counts a passenger once, even if an itinerary were to list it twice.
        Map<String, List<String>> segmentsOfItinerary = new LinkedHashMap<>();
        Map<String, List<String>> passengers = new LinkedHashMap<>();
        for (ParticipantInPlan decision : decisions.values()) {
            if (decision.brought() && decision.itinerary() != null) {
                List<String> segments = segmentsOfItinerary.computeIfAbsent(decision.itinerary().id(),
                        id -> decision.itinerary().segments().stream().map(Segment::id).distinct().toList());
                for (String segment : segments) {
                    passengers.computeIfAbsent(segment, s -> new ArrayList<>()).add(decision.id());
                }
            }
        }
        passengers.forEach((segmentId, ids) -> {
            Segment segment = index.segment(segmentId);
            if (segment.seats() != null && ids.size() > segment.seats()) {
                List<String> breachIds = new ArrayList<>(List.of(segmentId));
                breachIds.addAll(ids);
                breach(HardRule.SEAT_LIMIT, ids.size() - segment.seats(), breachIds,
                        "explain.seatLimit", segmentId,
                        segment.carrier(), segment.number(), segment.from(), segment.to(), segment.departure(),
                        ids.size(), segment.seats(), String.join(", ", ids));
            }
        });
    }

    private void checkBudget() {
        Budget budget = dataset.budget();
        long spentInBudget = payerCents.entrySet().stream().filter(entry -> BudgetRule.countsInBudget(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        long overBudget = spentInBudget - Money.toCents(budget.total());
        if (overBudget > 0) {
            List<String> payers = payerCents.keySet().stream().filter(BudgetRule::countsInBudget).toList();
            breach(HardRule.BUDGET_EXCEEDED, Money.unitsOver(overBudget), payers,
                    "explain.budgetExceeded", String.join(", ", payers), amount(spentInBudget), currency,
                    amount(Money.toCents(budget.total())), currency, amount(overBudget), currency);
        }
        for (Fund fund : budget.funds()) {
            long spent = payerCents.getOrDefault(fund.id(), 0L);
            long over = spent - Money.toCents(fund.amount());
            if (over > 0) {
                breach(HardRule.FUND_EXCEEDED, Money.unitsOver(over), List.of(fund.id()),
                        "explain.fundExceeded", fund.id(), amount(spent), currency, amount(Money.toCents(fund.amount())),
                        currency, amount(over), currency);
            }
        }
    }

    private void checkMustAttend() {
        for (ParticipantInPlan decision : decisions.values()) {
            if (!decision.brought() && decision.participant().mustAttend()) {
                breach(HardRule.MUST_ATTEND_NOT_BROUGHT, 1, List.of(decision.id()),
                        "explain.mustAttendNotBrought", decision.id());
            }
        }
    }

    private void checkHalfBrought() {
        for (ParticipantInPlan decision : decisions.values()) {
            if (!decision.brought()) {
                continue;
            }
            Participant participant = decision.participant();
            boolean noItinerary = participant.flies() && decision.itinerary() == null;
            boolean noRoom = participant.needsLodging() && decision.room() == null;
            if (noItinerary || noRoom) {
                String key = noItinerary && noRoom ? "explain.halfBrought.both"
                        : noItinerary ? "explain.halfBrought.itinerary" : "explain.halfBrought.room";
                breach(HardRule.HALF_BROUGHT, 1, List.of(decision.id()), key, decision.id());
            }
        }
    }

    /** A breach whose sentence is the catalogues' {@code key} with these arguments. */
    private void breach(HardRule rule, long degree, List<String> ids, String key, Object... args) {
        breaches.get(rule).add(new Breach(rule, degree, Text.of(key, args), ids));
    }

    // ================================================================ money

    private void countMoney() {
        Map<String, Long> flight = new LinkedHashMap<>();
        Map<String, Long> taxes = new LinkedHashMap<>();
        Map<String, Long> visas = new LinkedHashMap<>();
        Map<String, Long> roomShare = new LinkedHashMap<>();
        for (ParticipantInPlan decision : decisions.values()) {
            if (!decision.brought()) {
                continue;
            }
            Participant participant = decision.participant();
            long flightCents = decision.itinerary() == null ? 0 : ticketCents(decision);
            long taxCents = decision.room() == null ? 0
                    : decision.nights().size() * Money.toCents(decision.hotel().taxPerPersonNight());
            // Entry rules apply to everyone brought, transit rules only to an itinerary actually flown.
            long visaCents = index.visaFeeCents(participant, decision.itinerary());
            flight.put(decision.id(), flightCents);
            taxes.put(decision.id(), taxCents);
            visas.put(decision.id(), visaCents);
            roomShare.put(decision.id(), 0L);
            flightsCents += flightCents;
            taxesCents += taxCents;
            visasCents += visaCents;
            payerCents.merge(participant.payer(), flightCents + taxCents + visaCents, Long::sum);
        }
        Map<String, Long> actualRoomCents = actualRoomCents();
        occupancy.forEach((roomId, nights) -> {
            long price = actualRoomCents.getOrDefault(roomId, Money.toCents(index.room(roomId).pricePerNight()));
            nights.forEach((night, occupants) -> {
                roomsCents += price;
                roomCostCents.merge(roomId, price, Long::sum);
                Map<String, List<ParticipantInPlan>> byPayer = new LinkedHashMap<>();
                occupants.forEach(occupant ->
                        byPayer.computeIfAbsent(occupant.participant().payer(), p -> new ArrayList<>()).add(occupant));
                byPayer.forEach((payer, theirs) -> {
                    long share = Money.share(price, theirs.size(), occupants.size());
                    payerCents.merge(payer, share, Long::sum);
                    // Split the payer's rounded share cent by cent, so that participants add up to the payer.
                    long each = share / theirs.size();
                    long remainder = share - each * theirs.size();
                    for (int i = 0; i < theirs.size(); i++) {
                        roomShare.merge(theirs.get(i).id(), each + (i < remainder ? 1 : 0), Long::sum);
                    }
                });
            });
        });
        for (Spent spent : dataset.budget().spent()) {
            long cents = Money.toCents(spent.amount());
            spentCents += cents;
            payerCents.merge(spent.payer(), cents, Long::sum);
        }
        for (String id : flight.keySet()) {
            ParticipantInPlan decision = decisions.get(id);
            long total = flight.get(id) + roomShare.get(id) + taxes.get(id) + visas.get(id);
            participantCosts.put(id, new ParticipantCost(id, decision.participant().payer(),
                    decision.room() == null ? null : decision.room().id(), Money.fromCents(flight.get(id)),
                    Money.fromCents(roomShare.get(id)), Money.fromCents(taxes.get(id)), Money.fromCents(visas.get(id)),
                    Money.fromCents(total)));
        }
    }

    /** An issued ticket at its actual price, when the plan states one; otherwise the itinerary's offer. */
    private static long ticketCents(ParticipantInPlan decision) {
        Assignment assignment = decision.assignment();
        return assignment != null && assignment.ticketIssued() && assignment.ticketPrice() != null
                ? Money.toCents(assignment.ticketPrice()) : decision.itinerary().priceCents();
    }

    /**
     * The rooms confirmed at an actual price, by the first brought occupant (dataset order) who states one: the room
     * costs it on every night it is used. Occupants who state another price for the same room are inconsistent.
     */
    private Map<String, Long> actualRoomCents() {
        Map<String, Long> prices = new LinkedHashMap<>();
        for (ParticipantInPlan decision : decisions.values()) {
            Assignment assignment = decision.assignment();
            if (decision.brought() && decision.room() != null && assignment.roomConfirmed()
                    && assignment.roomPricePerNight() != null) {
                long cents = Money.toCents(assignment.roomPricePerNight());
                Long first = prices.putIfAbsent(decision.room().id(), cents);
                if (first != null && first != cents) {
                    inconsistent("%s states room %s confirmed at %s a night, another occupant at %s; the first counts",
                            decision.id(), decision.room().id(), money(cents), money(first));
                }
            }
        }
        return prices;
    }

    /** Payers with brought participants: funds in dataset order, then general, SELF, then funds the dataset lacks. */
    private Map<String, Long> orderedPayers() {
        List<String> order = new ArrayList<>();
        dataset.budget().funds().forEach(fund -> order.add(fund.id()));
        order.add(Fund.GENERAL);
        order.add(Fund.SELF);
        Map<String, Long> ordered = new LinkedHashMap<>();
        order.stream().filter(payerCents::containsKey).forEach(payer -> ordered.put(payer, payerCents.get(payer)));
        new TreeSet<>(payerCents.keySet()).forEach(payer -> ordered.putIfAbsent(payer, payerCents.get(payer)));
        return ordered;
    }

    // ================================================================ penalties

    private void penalizeRoommatePairs() {
        Policy policy = dataset.policy();
        for (RoommatePair pair : roommatePairs) {
            Participant a = pair.first().participant();
            Participant b = pair.second().participant();
            List<String> ids = List.of(a.id(), b.id(), pair.room().id());
            if (Collections.disjoint(a.languages(), b.languages())) {
                penalize(SoftRule.NO_COMMON_LANGUAGE, 1, ids, "explain.noCommonLanguage",
                        a.id(), String.join(", ", a.languages()), b.id(), String.join(", ", b.languages()), pair.text());
            }
            boolean sameNationality = Objects.equals(a.nationality(), b.nationality());
            boolean againstPolicy = switch (policy.roommateCountry()) {
                case MIX -> sameNationality;
                case GROUP -> !sameNationality;
                case IGNORE -> false;
            };
            if (againstPolicy) {
                penalize(SoftRule.ROOMMATE_COUNTRY, 1, ids, "explain.roommateCountry",
                        a.id(), a.nationality(), b.id(), b.nationality(), policy.roommateCountry(), pair.text());
            }
        }
    }

    private void penalizeUnmetRequests() {
        for (ParticipantInPlan decision : decisions.values()) {
            if (!decision.brought() || !decision.participant().needsLodging()) {
                continue;
            }
            for (String requested : new LinkedHashSet<>(decision.participant().roommateRequests())) {
                ParticipantInPlan other = decisions.get(requested);
                if (!other.brought() || !other.participant().needsLodging()) {
                    continue;
                }
                if (!roommatesOf.getOrDefault(decision.id(), Set.of()).contains(requested)) {
                    penalize(SoftRule.ROOMMATE_REQUEST_UNMET, 1, List.of(decision.id(), requested),
                            "explain.roommateRequestUnmet", decision.id(), requested,
                            roomText(decision), roomText(other));
                }
            }
        }
    }

    private static Text roomText(ParticipantInPlan decision) {
        return decision.room() == null ? Text.of("explain.noRoom") : Text.of("explain.room", decision.room().id());
    }

    private void penalizeDelegationSplits() {
        Map<String, Set<String>> hotelsOfDelegation = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (ParticipantInPlan decision : decisions.values()) {
            String delegation = decision.participant().delegation();
            if (decision.brought() && decision.room() != null && delegation != null) {
                hotelsOfDelegation.computeIfAbsent(delegation, d -> new TreeSet<>()).add(decision.hotel().id());
                members.computeIfAbsent(delegation, d -> new ArrayList<>()).add(decision.id());
            }
        }
        hotelsOfDelegation.forEach((delegation, hotels) -> {
            if (hotels.size() > 1) {
                List<String> ids = new ArrayList<>(List.of(delegation));
                ids.addAll(members.get(delegation));
                penalize(SoftRule.DELEGATION_SPLIT, hotels.size() - 1, ids, "explain.delegationSplit",
                        delegation, hotels.size(), String.join(", ", hotels));
            }
        });
    }

    private void penalizeItineraries() {
        long perTravelHour = weightCents(SoftRule.PER_TRAVEL_HOUR);
        for (ParticipantInPlan decision : decisions.values()) {
            ItineraryFacts itinerary = decision.itinerary();
            if (decision.brought() && itinerary != null) {
                List<String> ids = List.of(decision.id(), itinerary.id());
                if (itinerary.stops() > 0) {
                    penalize(SoftRule.PER_STOP, itinerary.stops(), ids, "explain.perStop",
                            decision.id(), itinerary.stops(), itinerary.id());
                }
                long hours = TravelRule.travelHourCents(perTravelHour, itinerary.outboundMinutes(), itinerary.returnMinutes());
                if (hours != 0) {
                    record(SoftRule.PER_TRAVEL_HOUR, hours, ids, "explain.perTravelHour",
                            decision.id(), itinerary.outboundMinutes(), itinerary.returnMinutes(), itinerary.id(),
                            amount(hours), currency);
                }
                if (itinerary.longLayovers() > 0) {
                    penalize(SoftRule.LONG_LAYOVER, itinerary.longLayovers(), ids,
                            "explain.longLayover", decision.id(),
                            itinerary.longLayovers(), itinerary.id());
                }
            }
        }
    }

    private void penalizeArrivalSlots() {
        int slotMinutes = dataset.policy().arrivalSlotMinutes();
        Map<ShuttleSlot, List<String>> slots = new LinkedHashMap<>();
        for (ParticipantInPlan decision : decisions.values()) {
            if (decision.brought() && decision.itinerary() != null) {
                slots.computeIfAbsent(ShuttleSlot.of(dataset.event().venue().airport(),
                        decision.itinerary().arrivalAtVenueAirport(), slotMinutes), slot -> new ArrayList<>()).add(decision.id());
            }
        }
        slots.forEach((slot, arrivals) -> {
            List<String> ids = new ArrayList<>(List.of("slot-" + slot.start()));
            ids.addAll(arrivals);
            penalize(SoftRule.ARRIVAL_SLOT, 1, ids, "explain.arrivalSlot", arrivals.size(), slot.inWords());
        });
    }

    private void penalizeVipsBelowStars() {
        int minStars = dataset.policy().vipMinStars();
        for (ParticipantInPlan decision : decisions.values()) {
            if (decision.brought() && decision.room() != null && decision.participant().role().isDistinguished()) {
                if (decision.hotel().stars() < minStars) {
                    penalize(SoftRule.VIP_BELOW_STARS, 1, List.of(decision.id(), decision.hotel().id()),
                            "explain.vipBelowStars", decision.id(),
                            decision.participant().role(), decision.hotel().id(), decision.hotel().stars(), minStars);
                }
            }
        }
    }

    /** Each participant of both plans, priced by the kinds of move between them (DisruptionRule), nights as dates. */
    private void penalizeDisruption() {
        if (publishedPlan == null) {
            return;
        }
        Map<String, Assignment> published = new LinkedHashMap<>();
        publishedPlan.assignments().forEach(assignment -> published.putIfAbsent(assignment.participant(), assignment));
        long weight = weightCents(SoftRule.DISRUPTION);
        for (ParticipantInPlan decision : decisions.values()) {
            Assignment before = published.get(decision.id());
            if (before == null) {
                continue; // new since the published plan: nothing to move away from
            }
            DisruptionRule.Decision<Set<LocalDate>> then = before.brought()
                    ? new DisruptionRule.Decision<>(true, before.itinerary(), before.room(),
                            before.room() == null || before.nights() == null ? null : new HashSet<>(before.nights()))
                    : DisruptionRule.Decision.notBrought();
            DisruptionRule.Decision<Set<LocalDate>> now = decision.brought()
                    ? new DisruptionRule.Decision<>(true, decision.itinerary() == null ? null : decision.itinerary().id(),
                            decision.room() == null ? null : decision.room().id(),
                            decision.room() == null ? null : new HashSet<>(decision.nights()))
                    : DisruptionRule.Decision.notBrought();
            long cents = DisruptionRule.cents(then, now, weight);
            if (cents != 0) {
                record(SoftRule.DISRUPTION, cents, List.of(decision.id()),
                        "explain.disruption",
                        decision.id(), then.itinerary(), then.room(), now.itinerary(), now.room(), amount(cents), currency);
            }
        }
    }

    /**
     * A match of {@code count} units at the rule's weight, its sentence the catalogues' {@code key} with these
     * arguments; nothing when the weight switches the rule off.
     */
    private void penalize(SoftRule rule, long count, List<String> ids, String key, Object... args) {
        record(rule, count * weightCents(rule), ids, key, args);
    }

    private void record(SoftRule rule, long cents, List<String> ids, String key, Object... args) {
        penaltyCents.merge(rule, cents, Long::sum);
        if (cents != 0) {
            penaltyMatches.add(new Penalty(rule, cents, Text.of(key, args), ids));
        }
    }

    private long weightCents(SoftRule rule) {
        return rule.weightCents(dataset.policy().weights());
    }

    // ================================================================ the plan's own statements

    private void compareStatedScoreAndMoney(long hard, long medium, long soft, Costs costs,
            Map<String, BigDecimal> penalties) {
        if (!Plan.FORMAT.equals(plan.format())) {
            inconsistent("The plan's format is %s, expected %s", plan.format(), Plan.FORMAT);
        }
        if (plan.score() == null) {
            inconsistent("The plan states no score; recomputed %dhard/%dmedium/%ssoft", hard, medium, money(soft));
        } else {
            if (plan.score().hard() != hard) {
                inconsistent("The plan states hard score %d, recomputed %d", plan.score().hard(), hard);
            }
            if (plan.score().medium() != medium) {
                inconsistent("The plan states medium score %d, recomputed %d", plan.score().medium(), medium);
            }
            compareAmount("soft score", plan.score().soft(), Money.fromCents(soft));
        }
        if (plan.feasible() != (hard == 0)) {
            inconsistent("The plan states feasible=%s, but the recomputed hard score is %d", plan.feasible(), hard);
        }
        Costs stated = plan.costs();
        if (stated == null) {
            inconsistent("The plan states no costs; recomputed total %s", costs.total());
        } else {
            compareAmount("costs.total", stated.total(), costs.total());
            compareAmount("costs.flights", stated.flights(), costs.flights());
            compareAmount("costs.rooms", stated.rooms(), costs.rooms());
            compareAmount("costs.taxes", stated.taxes(), costs.taxes());
            compareAmount("costs.visas", stated.visas(), costs.visas());
            compareAmount("costs.spent", stated.spent(), costs.spent());
            Map<String, BigDecimal> statedByFund = stated.byFund() == null ? Map.of() : stated.byFund();
            Set<String> payers = new LinkedHashSet<>(costs.byFund().keySet());
            payers.addAll(statedByFund.keySet());
            for (String payer : payers) {
                compareAmount("costs.byFund." + payer, statedByFund.get(payer), costs.byFund().get(payer));
            }
        }
        penalties.forEach((key, amount) -> compareAmount("penalties." + key, plan.penalties().get(key), amount));
        plan.penalties().keySet().stream().filter(key -> !penalties.containsKey(key))
                .forEach(key -> inconsistent("The plan states an unknown penalty %s", key));
    }

    /** Compares to the cent; an absent statement of a recomputed amount (or the reverse) is an inconsistency. */
    private void compareAmount(String what, BigDecimal stated, BigDecimal recomputed) {
        if (stated == null && recomputed == null) {
            return;
        }
        if (stated == null) {
            inconsistent("The plan states no %s; recomputed %s", what, recomputed.toPlainString());
        } else if (recomputed == null) {
            inconsistent("The plan states %s = %s, but no such amount is recomputed", what, stated.toPlainString());
        } else if (stated.compareTo(recomputed) != 0) {
            inconsistent("The plan states %s = %s, recomputed %s", what, stated.toPlainString(),
                    recomputed.toPlainString());
        }
    }

    // ================================================================ helpers

    private void inconsistent(String format, Object... args) {
        inconsistencies.add(format.formatted(args));
    }

    private static long priority(Participant participant) {
        return participant.priority();
    }

    private static String idsOf(List<ParticipantInPlan> decisions) {
        return decisions.stream().map(ParticipantInPlan::id).collect(Collectors.joining(", "));
    }

    private static String money(long cents) {
        return Money.fromCents(cents).toPlainString();
    }

    /** An amount in a sentence, written as the sentence's language writes money. */
    private static Amount amount(long cents) {
        return new Amount(Money.fromCents(cents));
    }

    private static Map<String, BigDecimal> inMoney(Map<String, Long> cents) {
        Map<String, BigDecimal> money = new LinkedHashMap<>();
        cents.forEach((key, value) -> money.put(key, Money.fromCents(value)));
        return Collections.unmodifiableMap(money);
    }
}
