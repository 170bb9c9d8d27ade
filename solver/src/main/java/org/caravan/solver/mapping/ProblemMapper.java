package org.caravan.solver.mapping;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Policy;
import org.caravan.data.dataset.Weights;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.problem.CompiledItinerary;
import org.caravan.data.problem.CompiledParticipant;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.problem.CompiledRoom;
import org.caravan.data.problem.NightAxis;
import org.caravan.data.problem.TravelOption;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.domain.Attendee;
import org.caravan.solver.domain.Budget;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.FlightLeg;
import org.caravan.solver.domain.Hotel;
import org.caravan.solver.domain.Lodging;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.RoomingPolicy;
import org.caravan.solver.domain.RoommateRequest;
import org.caravan.solver.domain.Trip;

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

    public static CaravanProblem map(CompiledProblem compiled) {
        Dataset dataset = compiled.dataset().dataset();
        Policy policy = dataset.policy();
        NightAxis nights = compiled.nights();

        Map<String, Hotel> hotels = new LinkedHashMap<>();
        Map<String, Lodging> rooms = new LinkedHashMap<>();
        for (CompiledRoom room : compiled.rooms()) {
            Hotel hotel = hotels.computeIfAbsent(room.hotel().id(), id -> new Hotel(id, room.hotel().name(), room.stars(),
                    room.taxCents(), room.belowVipStars()));
            rooms.put(room.id(), new Lodging(room.id(), room.index(), hotel, room.room().type(), room.capacity(),
                    room.priceCents(), room.accessible(), room.availableMask()));
        }
        List<Trip> trips = trips(compiled);
        Map<String, Trip> tripById = new LinkedHashMap<>();
        trips.forEach(trip -> tripById.put(trip.id(), trip));

        Budget budget = new Budget(compiled.budgetCents());
        Map<String, Payer> payers = new LinkedHashMap<>();
        compiled.fundCents().forEach((fund, cents) -> payers.put(fund, new Payer(fund, cents, true, budget)));
        for (String payer : List.of(Fund.GENERAL, Fund.SELF)) {
            payers.put(payer, new Payer(payer, Payer.NO_CAP, BudgetRule.countsInBudget(payer), budget));
        }

        Map<String, Integer> languageBits = new HashMap<>();
        List<Lodging> allRooms = List.copyOf(rooms.values());
        List<Lodging> accessibleRooms = allRooms.stream().filter(Lodging::accessible).toList();
        List<Lodging> noLodging = List.of(Lodging.NOT_NEEDED);
        List<Trip> groundOnly = List.of(Trip.GROUND);

        List<Attendee> attendees = new ArrayList<>();
        for (CompiledParticipant options : compiled.participants()) {
            Participant participant = options.participant();
            BitSet languages = new BitSet();
            participant.languages().forEach(language ->
                    languages.set(languageBits.computeIfAbsent(language, key -> languageBits.size())));
            var profile = new Attendee.Profile(participant.name(), participant.gender(), participant.nationality(), languages,
                    participant.household(), participant.delegation(), options.priority(), options.mustAttend(),
                    payers.get(options.payer()), participant.role().isDistinguished(), options.mutualRequests());

            List<Trip> tripRange = groundOnly;
            BitSet allowedTrips = new BitSet();
            Map<Trip, Long> visaFees = new HashMap<>();
            long groundNights = 0L;
            long groundVisaFee = 0L;
            if (participant.flies()) {
                List<Trip> allowed = new ArrayList<>();
                for (TravelOption option : options.options()) {
                    Trip trip = trips.get(option.itinerary().index());
                    allowed.add(trip);
                    allowedTrips.set(trip.index());
                    if (option.visaCents() > 0) {
                        visaFees.put(trip, option.visaCents());
                    }
                }
                if (!allowed.isEmpty()) {
                    tripRange = List.copyOf(allowed);
                }
            } else if (options.bringable()) {
                groundNights = options.options().get(0).nightsMask();
                groundVisaFee = options.options().get(0).visaCents();
            }
            boolean groundBlocked = !participant.flies() && !options.bringable();
            var stay = new Attendee.Stay(participant.flies(), participant.needsLodging(), participant.needs().singleRoom(),
                    participant.needs().accessibleRoom(), groundNights, nights.nightsOf(groundNights), groundVisaFee,
                    groundBlocked, allowedTrips, visaFees);
            List<Lodging> roomRange = !participant.needsLodging() ? noLodging
                    : participant.needs().accessibleRoom() ? accessibleRooms : allRooms;
            Attendee attendee = new Attendee(participant.id(), options.index(), profile, stay, tripRange, roomRange);
            attendee.setTrip(tripRange.get(0));
            if (!options.bringable() || roomRange.isEmpty()) {
                // Nothing can bring them: keep them out of the search instead of letting it try.
                attendee.setPinned(true);
            }
            attendees.add(attendee);
        }

        List<RoommateRequest> requests = new ArrayList<>();
        for (CompiledParticipant from : compiled.participants()) {
            for (String wanted : from.participant().roommateRequests()) {
                requests.add(new RoommateRequest(from.index(), compiled.participant(wanted).index()));
            }
        }

        CaravanSolution solution = new CaravanSolution(nights.nights(), allRooms, List.copyOf(payers.values()), budget,
                new RoomingPolicy(policy.roommateCountry()), requests, attendees, weightOverrides(policy.weights()));
        return new CaravanProblem(compiled, solution, tripById, rooms);
    }

    /** Every itinerary of the dataset as the rules see it, in dataset order; one seat limit per limited segment. */
    private static List<Trip> trips(CompiledProblem compiled) {
        Map<Integer, FlightLeg> legs = new HashMap<>();
        List<Trip> trips = new ArrayList<>();
        for (CompiledItinerary itinerary : compiled.itineraries()) {
            List<FlightLeg> limited = new ArrayList<>();
            for (int segment : itinerary.segments()) {
                if (compiled.seatLimit(segment) != Integer.MAX_VALUE) {
                    limited.add(legs.computeIfAbsent(segment, s -> new FlightLeg(compiled.segments().get(s).id(),
                            compiled.seatLimit(s))));
                }
            }
            trips.add(new Trip(itinerary.id(), itinerary.index(), itinerary.priceCents(), itinerary.stayMask(),
                    compiled.nights().nightsOf(itinerary.stayMask()), itinerary.stops(), itinerary.longLayovers(),
                    itinerary.travelHourCents(), itinerary.arrivalSlot(), List.copyOf(limited)));
        }
        return trips;
    }

    /** The policy's money weights as constraint weights, in cents; travel hours are weighted per trip instead. */
    static ConstraintWeightOverrides<HardMediumSoftLongScore> weightOverrides(Weights weights) {
        Map<String, HardMediumSoftLongScore> overrides = new LinkedHashMap<>();
        for (SoftRule rule : SoftRule.values()) {
            if (rule != SoftRule.PER_TRAVEL_HOUR) {
                overrides.put(rule.title(), HardMediumSoftLongScore.ofSoft(rule.weightCents(weights)));
            }
        }
        return ConstraintWeightOverrides.of(overrides);
    }

    /**
     * Starts from a plan: a checkpoint to resume, or the published plan of a re-plan (then every participant is also
     * marked with what was published, for the disruption rule). Items the plan no longer allows are left to the search.
     */
    public static void startFrom(CaravanProblem problem, Plan plan, boolean replan) {
        Map<String, Assignment> byParticipant = new HashMap<>();
        plan.assignments().forEach(assignment -> byParticipant.put(assignment.participant(), assignment));
        for (Attendee attendee : problem.solution().getAttendees()) {
            Assignment assignment = byParticipant.get(attendee.getId());
            if (assignment == null) {
                continue;
            }
            if (replan) {
                attendee.publishedAs(assignment.brought() ? assignment.itinerary() : null,
                        assignment.brought() ? assignment.room() : null);
            }
            if (attendee.isPinned() || !assignment.brought()) {
                continue;
            }
            Trip trip = attendee.flies() ? problem.trips().get(assignment.itinerary()) : Trip.GROUND;
            Lodging room = attendee.needsLodging() ? problem.rooms().get(assignment.room()) : Lodging.NOT_NEEDED;
            if (trip != null && attendee.getTripRange().contains(trip) && room != null && attendee.getRoomRange().contains(room)) {
                attendee.setTrip(trip);
                attendee.setRoom(room);
            }
        }
    }
}
