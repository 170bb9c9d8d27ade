package org.caravan.solver.mapping;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Policy;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.Weights;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ValidDataset;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.rules.Money;
import org.caravan.data.rules.SoftRule;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.rules.StayRule;
import org.caravan.data.rules.TravelRule;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Translates a valid dataset (public format) into the planning model. */
public final class ProblemMapper {

    private ProblemMapper() {
    }

    public static CaravanProblem map(ValidDataset valid) {
        Dataset dataset = valid.dataset();
        DatasetIndex index = valid.index();
        Horizon horizon = Horizon.of(dataset);
        Policy policy = dataset.policy();

        Map<String, Lodging> rooms = new LinkedHashMap<>();
        for (var hotel : dataset.hotels()) {
            Hotel modelHotel = new Hotel(hotel.id(), hotel.name(), hotel.stars(), Money.toCents(hotel.taxPerPersonNight()),
                    hotel.stars() < policy.vipMinStars());
            for (Room room : hotel.rooms()) {
                rooms.put(room.id(), new Lodging(room.id(), rooms.size(), modelHotel, room.type(), room.capacity(),
                        Money.toCents(room.pricePerNight()), room.accessible(), horizon.mask(room.available())));
            }
        }
        Map<String, Trip> trips = mapTrips(index, horizon, policy);

        Budget budget = new Budget(Money.toCents(dataset.budget().total()));
        Map<String, Payer> payers = new LinkedHashMap<>();
        for (Fund fund : dataset.budget().funds()) {
            payers.put(fund.id(), new Payer(fund.id(), Money.toCents(fund.amount()), true, budget));
        }
        payers.put(Fund.GENERAL, new Payer(Fund.GENERAL, Payer.NO_CAP, true, budget));
        payers.put(Fund.SELF, new Payer(Fund.SELF, Payer.NO_CAP, BudgetRule.countsInBudget(Fund.SELF), budget));

        Map<String, Integer> languageBits = new HashMap<>();
        List<Lodging> allRooms = List.copyOf(rooms.values());
        List<Lodging> accessibleRooms = allRooms.stream().filter(Lodging::accessible).toList();
        List<Lodging> noLodging = List.of(Lodging.NOT_NEEDED);
        List<Trip> groundOnly = List.of(Trip.GROUND);

        List<Attendee> attendees = new ArrayList<>();
        Map<String, Integer> indexOfParticipant = new HashMap<>();
        for (Participant participant : dataset.participants()) {
            indexOfParticipant.put(participant.id(), attendees.size());
            BitSet languages = new BitSet();
            participant.languages().forEach(language ->
                    languages.set(languageBits.computeIfAbsent(language, key -> languageBits.size())));
            var profile = new Attendee.Profile(participant.name(), participant.gender(), participant.nationality(), languages,
                    participant.household(), participant.delegation(), participant.priority() == null ? 1 : participant.priority(),
                    participant.mustAttend(), payers.get(participant.payer()), participant.role().isDistinguished(),
                    mutualRequests(dataset, participant));

            List<Trip> tripRange = groundOnly;
            BitSet allowedTrips = new BitSet();
            Map<Trip, Long> visaFees = new HashMap<>();
            if (participant.flies()) {
                List<Trip> allowed = new ArrayList<>();
                for (ItineraryFacts facts : index.allowedItineraries(participant)) {
                    Trip trip = trips.get(facts.id());
                    allowed.add(trip);
                    allowedTrips.set(trip.index());
                    long fee = index.visaFeeCents(participant, facts);
                    if (fee > 0) {
                        visaFees.put(trip, fee);
                    }
                }
                if (!allowed.isEmpty()) {
                    tripRange = List.copyOf(allowed);
                }
            }
            boolean groundBlocked = !participant.flies() && !index.groundBlockers(participant).isEmpty();
            long groundNights = participant.flies() || !participant.needsLodging() ? 0L
                    : horizon.mask(StayRule.nights(index.arrival(participant, null), index.departure(participant, null)));
            var stay = new Attendee.Stay(participant.flies(), participant.needsLodging(), participant.needs().singleRoom(),
                    participant.needs().accessibleRoom(), groundNights, horizon.nightsOf(groundNights),
                    participant.flies() ? 0L : index.visaFeeCents(participant, null), groundBlocked, allowedTrips, visaFees);
            List<Lodging> roomRange = !participant.needsLodging() ? noLodging
                    : participant.needs().accessibleRoom() ? accessibleRooms : allRooms;
            Attendee attendee = new Attendee(participant.id(), attendees.size(), profile, stay, tripRange, roomRange);
            attendee.setTrip(tripRange.get(0));
            boolean cannotCome = (participant.flies() && allowedTrips.isEmpty()) || groundBlocked || roomRange.isEmpty();
            if (cannotCome) {
                // Nothing can bring them: keep them out of the search instead of letting it try.
                attendee.setPinned(true);
            }
            attendees.add(attendee);
        }

        List<RoommateRequest> requests = new ArrayList<>();
        for (Participant participant : dataset.participants()) {
            for (String wanted : new LinkedHashSet<>(participant.roommateRequests())) {
                Integer to = indexOfParticipant.get(wanted);
                if (to != null && !wanted.equals(participant.id())) {
                    requests.add(new RoommateRequest(indexOfParticipant.get(participant.id()), to));
                }
            }
        }

        CaravanSolution solution = new CaravanSolution(horizon.nights(), allRooms, List.copyOf(payers.values()), budget,
                new RoomingPolicy(policy.roommateCountry()), requests, attendees, weightOverrides(policy.weights()));
        return new CaravanProblem(index, horizon, solution, trips, rooms);
    }

    private static Map<String, Trip> mapTrips(DatasetIndex index, Horizon horizon, Policy policy) {
        long hourCents = SoftRule.PER_TRAVEL_HOUR.weightCents(policy.weights());
        Map<String, FlightLeg> legs = new HashMap<>();
        Map<String, Trip> trips = new LinkedHashMap<>();
        for (ItineraryFacts facts : index.itineraries().values()) {
            long nights = horizon.mask(StayRule.nights(facts.arrival(), facts.departure()));
            List<FlightLeg> limited = new ArrayList<>();
            for (Segment segment : facts.segments()) {
                if (segment.seats() != null) {
                    limited.add(legs.computeIfAbsent(segment.id(), id -> new FlightLeg(id, segment.seats())));
                }
            }
            long travelHourCents = TravelRule.travelHourCents(hourCents, facts.outboundMinutes(), facts.returnMinutes());
            trips.put(facts.id(), new Trip(facts.id(), trips.size(), facts.priceCents(), nights, horizon.nightsOf(nights),
                    facts.stops(), facts.longLayovers(), travelHourCents,
                    ShuttleSlot.of(facts.arrivalAtVenueAirport(), policy.arrivalSlotMinutes()), List.copyOf(limited)));
        }
        return trips;
    }

    private static Set<String> mutualRequests(Dataset dataset, Participant participant) {
        if (participant.roommateRequests().isEmpty()) {
            return Set.of();
        }
        Set<String> mutual = new LinkedHashSet<>();
        for (Participant other : dataset.participants()) {
            if (participant.roommateRequests().contains(other.id()) && other.roommateRequests().contains(participant.id())) {
                mutual.add(other.id());
            }
        }
        return Set.copyOf(mutual);
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
