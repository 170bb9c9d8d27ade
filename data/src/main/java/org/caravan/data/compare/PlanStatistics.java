package org.caravan.data.compare;

import org.caravan.data.check.CheckReport;
import org.caravan.data.check.ParticipantCost;
import org.caravan.data.dataset.Participant;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Cost per person and hours of travel per person of a plan's brought participants, overall, by nationality and by
 * role. The cost is each person's share as the checker computes it (flight, room share, taxes, visas); hours are
 * from first departure to last arrival, both directions, of those who fly.
 */
public record PlanStatistics(
        Summary costPerPerson,
        Summary travelHoursPerPerson,
        Map<String, Summary> costPerPersonByCountry,
        Map<String, Summary> costPerPersonByRole,
        Map<String, Summary> travelHoursByCountry,
        Map<String, Summary> travelHoursByRole) {

    /** One brought participant's figures. */
    record Traveller(Participant participant, BigDecimal cost, ItineraryFacts itinerary) {

        double travelHours() {
            return itinerary == null ? 0 : (itinerary.outboundMinutes() + itinerary.returnMinutes()) / 60.0;
        }
    }

    public static PlanStatistics of(ValidDataset dataset, Plan plan, CheckReport report) {
        return of(travellers(dataset, plan, report));
    }

    static List<Traveller> travellers(ValidDataset dataset, Plan plan, CheckReport report) {
        List<Traveller> travellers = new ArrayList<>();
        for (Assignment assignment : plan.assignments()) {
            Participant participant = dataset.index().participant(assignment.participant());
            ParticipantCost cost = report.participantCosts().get(assignment.participant());
            if (!assignment.brought() || participant == null || cost == null) {
                continue;
            }
            ItineraryFacts itinerary = assignment.itinerary() == null ? null : dataset.index().itinerary(assignment.itinerary());
            travellers.add(new Traveller(participant, cost.total(), itinerary));
        }
        return travellers;
    }

    static PlanStatistics of(List<Traveller> travellers) {
        List<Traveller> flyers = travellers.stream().filter(t -> t.itinerary() != null).toList();
        return new PlanStatistics(
                Summary.of(travellers.stream().map(Traveller::cost).toList()),
                Summary.of(flyers.stream().map(Traveller::travelHours).toList()),
                grouped(travellers, t -> t.participant().nationality(), Traveller::cost),
                grouped(travellers, t -> t.participant().role().name(), Traveller::cost),
                grouped(flyers, t -> t.participant().nationality(), Traveller::travelHours),
                grouped(flyers, t -> t.participant().role().name(), Traveller::travelHours));
    }

    private static Map<String, Summary> grouped(List<Traveller> travellers, Function<Traveller, String> key,
            Function<Traveller, Number> value) {
        Map<String, List<Number>> groups = new TreeMap<>();
        travellers.forEach(t -> groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(value.apply(t)));
        Map<String, Summary> summaries = new LinkedHashMap<>();
        groups.forEach((group, values) -> summaries.put(group, Summary.of(values)));
        return summaries;
    }
}
