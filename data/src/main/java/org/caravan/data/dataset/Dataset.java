package org.caravan.data.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A planner's dataset in the public format {@value #FORMAT}. */
public record Dataset(
        String format,
        Event event,
        Budget budget,
        Policy policy,
        List<Airport> airports,
        List<Participant> participants,
        List<Hotel> hotels,
        Flights flights,
        List<VisaRule> visaRules) {

    public static final String FORMAT = "caravan-dataset/1";

    public Dataset {
        airports = listOrEmpty(airports);
        participants = listOrEmpty(participants);
        hotels = listOrEmpty(hotels);
        visaRules = listOrEmpty(visaRules);
        flights = flights == null ? new Flights(List.of(), List.of()) : flights;
        policy = policy == null ? Policy.defaults() : policy;
    }

    /**
     * An unmodifiable copy, so that a dataset once read cannot change under those who share it; an absent list is
     * empty. Null entries are kept for the validator to report.
     */
    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    public Dataset withParticipants(List<Participant> newParticipants) {
        return new Dataset(format, event, budget, policy, airports, newParticipants, hotels, flights, visaRules);
    }

    public Dataset withBudget(Budget newBudget) {
        return new Dataset(format, event, newBudget, policy, airports, participants, hotels, flights, visaRules);
    }

    public Dataset withPolicy(Policy newPolicy) {
        return new Dataset(format, event, budget, newPolicy, airports, participants, hotels, flights, visaRules);
    }

    public Dataset withHotels(List<Hotel> newHotels) {
        return new Dataset(format, event, budget, policy, airports, participants, newHotels, flights, visaRules);
    }
}
