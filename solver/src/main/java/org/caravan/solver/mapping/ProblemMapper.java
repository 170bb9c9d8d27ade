package org.caravan.solver.mapping;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Policy;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.problem.CompiledItinerary;
import org.caravan.data.problem.CompiledParticipant;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.CompiledRoom;
import org.caravan.data.problem.NightAxis;
import org.caravan.data.problem.TravelOption;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.Money;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.domain.Budget;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Hotel;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.RoommateRequest;
import org.caravan.solver.domain.Segment;
import org.caravan.solver.domain.SolvePolicy;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Translates a valid dataset, compiled once ({@link CompiledProblem}), into the planning model. */
public final class ProblemMapper {

    private ProblemMapper() {
    }

    public static CaravanProblem map(ValidDataset dataset) {
        return map(CompiledProblem.of(dataset));
    }

    /** The dataset's problem with the rooms {@code bookings} confirmed at their actual prices (may be null: none). */
    public static CaravanProblem map(ValidDataset dataset, @Nullable Plan bookings) {
        return map(CompiledProblem.of(dataset), actualRoomPrices(bookings));
    }

    public static CaravanProblem map(CompiledProblem compiled) {
        return map(compiled, Map.of());
    }

    /**
     * The same, with the rooms a plan has confirmed at their actual prices ({@link #actualRoomPrices}): a confirmed
     * room costs its actual price per night, on every night it is used, instead of the offer's.
     */
    public static CaravanProblem map(CompiledProblem compiled, Map<String, Long> actualRoomCents) {
        Dataset dataset = compiled.dataset().dataset();
        Policy policy = dataset.policy();
        NightAxis nights = compiled.nights();

        Map<String, Hotel> hotels = new LinkedHashMap<>();
        Map<String, Room> rooms = new LinkedHashMap<>();
        for (CompiledRoom room : compiled.rooms()) {
            Hotel hotel = hotels.computeIfAbsent(room.hotel().id(), id -> new Hotel(id, room.hotel().name(), room.hotel().stars(),
                    room.taxCents(), room.belowVipStars()));
            rooms.put(room.id(), new Room(room.id(), room.index(), hotel, room.room().type(), room.capacity(),
                    actualRoomCents.getOrDefault(room.id(), room.priceCents()), room.accessible(), room.availableMask()));
        }
        List<Itinerary> itineraries = itineraries(compiled);
        Map<String, Itinerary> itineraryById = new LinkedHashMap<>();
        itineraries.forEach(itinerary -> itineraryById.put(itinerary.id(), itinerary));

        Budget budget = new Budget(compiled.budgetCents());
        Map<String, Payer> payers = new LinkedHashMap<>();
        Map<String, Long> spent = new HashMap<>();
        dataset.budget().spent().forEach(amount -> spent.merge(amount.payer(), Money.toCents(amount.amount()), Long::sum));
        compiled.fundCents().forEach((fund, cents) -> payers.put(fund, new Payer(fund, cents, true, budget,
                spent.getOrDefault(fund, 0L))));
        for (String payer : List.of(Fund.GENERAL, Fund.SELF)) {
            payers.put(payer, new Payer(payer, Payer.NO_CAP, BudgetRule.countsInBudget(payer), budget,
                    spent.getOrDefault(payer, 0L)));
        }

        Map<String, Integer> languageBits = new HashMap<>();
        List<Room> allRooms = List.copyOf(rooms.values());
        List<Room> accessibleRooms = allRooms.stream().filter(Room::accessible).toList();

        List<Participant> participants = new ArrayList<>();
        for (CompiledParticipant compiledParticipant : compiled.participants()) {
            participants.add(participant(compiledParticipant, itineraries, nights, payers, languageBits,
                    participantRooms(compiledParticipant, allRooms, accessibleRooms)));
        }

        List<RoommateRequest> requests = new ArrayList<>();
        for (CompiledParticipant from : compiled.participants()) {
            for (String wanted : from.participant().roommateRequests()) {
                requests.add(new RoommateRequest(from.index(), compiled.participant(wanted).index()));
            }
        }

        CaravanSolution solution = new CaravanSolution(nights.nights(), allRooms, List.copyOf(payers.values()), budget,
                SolvePolicy.of(policy.roommateCountry(), policy.weights()), requests, participants);
        return new CaravanProblem(compiled, solution, itineraryById, rooms);
    }

    private static List<Room> participantRooms(CompiledParticipant compiled, List<Room> allRooms, List<Room> accessibleRooms) {
        if (!compiled.needsRoom()) {
            return List.of(Room.NOT_NEEDED);
        }
        return compiled.participant().needs().accessibleRoom() ? accessibleRooms : allRooms;
    }

    private static Participant participant(CompiledParticipant compiled, List<Itinerary> itineraries, NightAxis nights,
            Map<String, Payer> payers, Map<String, Integer> languageBits, List<Room> roomRange) {
        var registered = compiled.participant();
        BitSet languages = new BitSet();
        registered.languages().forEach(language ->
                languages.set(languageBits.computeIfAbsent(language, key -> languageBits.size())));
        var profile = new Participant.Profile(registered.gender(), registered.nationality(), languages,
                registered.household(), registered.delegation(), compiled.priority(), compiled.mustAttend(),
                payers.get(compiled.payer()), registered.role().isDistinguished(), compiled.mutualRequests());

        List<Itinerary> itineraryRange = List.of(Itinerary.GROUND);
        BitSet allowedItineraries = new BitSet();
        Map<Itinerary, Long> visaFees = new HashMap<>();
        long groundStay = 0L;
        long groundVisaFee = 0L;
        if (registered.flies()) {
            List<Itinerary> allowed = new ArrayList<>();
            for (TravelOption option : compiled.options()) {
                Itinerary itinerary = itineraries.get(option.itinerary().index());
                allowed.add(itinerary);
                allowedItineraries.set(itinerary.index());
                if (option.visaCents() > 0) {
                    visaFees.put(itinerary, option.visaCents());
                }
            }
            if (!allowed.isEmpty()) {
                itineraryRange = List.copyOf(allowed);
            }
        } else if (compiled.bringable()) {
            groundStay = compiled.options().get(0).stayMask();
            groundVisaFee = compiled.options().get(0).visaCents();
        }
        var options = new Participant.Options(registered.flies(), registered.needsLodging(),
                registered.needs().singleRoom(), registered.needs().accessibleRoom(), groundStay,
                nights.nightsOf(groundStay), groundVisaFee, !registered.flies() && !compiled.bringable(),
                allowedItineraries, visaFees);
        Participant participant = new Participant(registered.id(), compiled.index(), profile, options, itineraryRange,
                roomRange);
        participant.setItinerary(itineraryRange.get(0));
        if (!compiled.bringable() || roomRange.isEmpty()) {
            // Nothing can bring them: keep them out of the search instead of letting it try.
            participant.setOutOfReach();
        }
        return participant;
    }

    /** Every itinerary of the dataset as the rules see it, in dataset order; one seat limit per limited segment. */
    private static List<Itinerary> itineraries(CompiledProblem compiled) {
        Map<Integer, Segment> limitedSegments = new HashMap<>();
        List<Itinerary> itineraries = new ArrayList<>();
        for (CompiledItinerary itinerary : compiled.itineraries()) {
            List<Segment> limited = new ArrayList<>();
            for (int segment : itinerary.segments()) {
                if (compiled.seatLimit(segment) != Integer.MAX_VALUE) {
                    limited.add(limitedSegments.computeIfAbsent(segment, s -> new Segment(compiled.segments().get(s).id(),
                            compiled.seatLimit(s))));
                }
            }
            itineraries.add(new Itinerary(itinerary.id(), itinerary.index(), itinerary.priceCents(), itinerary.stayMask(),
                    compiled.nights().nightsOf(itinerary.stayMask()), itinerary.facts().stops(), itinerary.facts().longLayovers(),
                    itinerary.travelHourCents(), itinerary.arrivalSlot(), List.copyOf(limited)));
        }
        return itineraries;
    }

    /**
     * The actual price per night, in cents, of each room a plan has confirmed at a known price (docs/FORMAT.md,
     * "Late changes"): the first brought occupant's confirmation of a room sets it.
     */
    public static Map<String, Long> actualRoomPrices(@Nullable Plan plan) {
        Map<String, Long> prices = new HashMap<>();
        if (plan != null) {
            for (Assignment assignment : plan.assignments()) {
                if (assignment.brought() && assignment.roomConfirmed() && assignment.room() != null
                        && assignment.roomPricePerNight() != null) {
                    prices.putIfAbsent(assignment.room(), Money.toCents(assignment.roomPricePerNight()));
                }
            }
        }
        return prices;
    }

    /**
     * Starts from a plan: a checkpoint to resume, or the published plan of a re-plan (then every participant is also
     * marked with what was published, for the disruption rule, and what is booked in it, an issued ticket or a
     * confirmed room, is kept at its actual price: see {@link Participant#keepBooking}). Items the plan no longer
     * allows are left to the search.
     */
    public static void startFrom(CaravanProblem problem, Plan plan, boolean replan) {
        Map<String, Assignment> byParticipant = new HashMap<>();
        plan.assignments().forEach(assignment -> byParticipant.put(assignment.participant(), assignment));
        for (Participant participant : problem.solution().getParticipants()) {
            Assignment assignment = byParticipant.get(participant.getId());
            if (assignment == null) {
                continue;
            }
            if (replan) {
                participant.publishedAs(assignment.brought(), assignment.brought() ? assignment.itinerary() : null,
                        assignment.brought() ? assignment.room() : null, publishedMask(problem, assignment));
            }
            if (replan && !assignment.brought()) {
                participant.publishedValues(null, null);
            }
            if (participant.isOutOfReach() || !assignment.brought()) {
                continue;
            }
            Itinerary itinerary = participant.flies() ? problem.itineraries().get(assignment.itinerary()) : Itinerary.GROUND;
            Room room = participant.needsLodging() ? problem.rooms().get(assignment.room()) : Room.NOT_NEEDED;
            boolean itineraryAllowed = itinerary != null && participant.getItineraryRange().contains(itinerary);
            boolean roomAllowed = room != null && participant.getRoomRange().contains(room)
                    && (itinerary == null || room.availableFor(participant.stayMask(itinerary)));
            boolean ticket = assignment.ticketIssued() && participant.flies() && itineraryAllowed;
            if (ticket && assignment.ticketPrice() != null) {
                participant.ticketedAt(itinerary, Money.toCents(assignment.ticketPrice()));
            }
            if (replan) {
                // A booking the dataset still allows is kept as it is; one it no longer allows (a withdrawn room, a
                // cancelled flight) is broken, and the search re-plans the person around it.
                boolean confirmed = assignment.roomConfirmed() && participant.needsLodging() && roomAllowed;
                if (confirmed && participant.flies() && !ticket) {
                    // Their flight must change while their room holds: only flights whose nights the room has.
                    confirmed = participant.keepItinerariesFitting(room);
                }
                participant.keepBooking(ticket ? itinerary : null, confirmed ? room : null);
            }
            if (itineraryAllowed && roomAllowed) {
                participant.setItinerary(itinerary);
                participant.setRoom(room);
                if (replan) {
                    participant.publishedValues(itinerary, room);
                }
            }
        }
    }

    /** The published nights as a mask of the new horizon; a night outside it can match no stay of the new one. */
    private static long publishedMask(CaravanProblem problem, Assignment assignment) {
        if (assignment.nights() == null) {
            return 0L;
        }
        try {
            return problem.nights().mask(assignment.nights());
        } catch (IllegalArgumentException outsideTheHorizon) {
            return -1L;
        }
    }
}
