package org.caravan.solver.rules;

import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.rules.SoftRule;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Hotel;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Payer;
import org.caravan.solver.domain.Room;
import org.caravan.solver.domain.RoommateRequest;
import org.caravan.solver.domain.SolvePolicy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each soft constraint of {@link CaravanConstraints} adds up to on a solution, in cents: the money constraints
 * (the plan's {@code costs}) and each nuisance (its {@code penalties}). Each amount is summed here from the same model
 * functions the constraint matches with and weighs by ({@link Participant#flightCents()}, {@link Room#costCents},
 * {@link SolvePolicy#againstRoommateCountry}, {@link RoommateRequest#unmet}...), in one pass over the participants
 * instead of through the incremental score; the checker stays the independent second computation.
 *
 * @param penalties every soft rule's total, zero for a rule the policy switches off
 */
public record RuleTotals(long flights, long rooms, long taxes, long visas, long spent, Map<SoftRule, Long> penalties) {

    public RuleTotals {
        penalties = Collections.unmodifiableMap(new EnumMap<>(penalties));
    }

    /** The money the plan spends: flights, rooms, taxes, visas and what was already spent. */
    public long costs() {
        return flights + rooms + taxes + visas + spent;
    }

    public long penalty(SoftRule rule) {
        return penalties.get(rule);
    }

    public static RuleTotals of(CaravanSolution solution) {
        SolvePolicy policy = solution.getPolicy();
        List<Participant> brought = solution.getParticipants().stream().filter(Participant::isBrought).toList();
        long flights = 0;
        long taxes = 0;
        long visas = 0;
        long stops = 0;
        long travelHourCents = 0;
        long longLayovers = 0;
        long vipsBelowStars = 0;
        Set<ShuttleSlot> arrivalSlots = new HashSet<>();
        Map<Room, List<Participant>> occupants = new LinkedHashMap<>();
        Map<String, Set<Hotel>> hotelsOfDelegation = new HashMap<>();
        for (Participant participant : brought) {
            if (participant.flies()) {
                flights += participant.flightCents();
                stops += participant.getItinerary().stops();
                travelHourCents += participant.getItinerary().travelHourCents();
                longLayovers += participant.getItinerary().longLayovers();
                arrivalSlots.add(participant.getItinerary().arrivalSlot());
            }
            taxes += participant.taxCents();
            visas += participant.visaFeeCents();
            if (participant.isInRealRoom()) {
                occupants.computeIfAbsent(participant.getRoom(), room -> new ArrayList<>()).add(participant);
                if (participant.getDelegation() != null) {
                    hotelsOfDelegation.computeIfAbsent(participant.getDelegation(), delegation -> new HashSet<>())
                            .add(participant.getRoom().hotel());
                }
            }
            if (participant.isDistinguishedBelowStars()) {
                vipsBelowStars++;
            }
        }
        long rooms = 0;
        long withoutCommonLanguage = 0;
        long againstRoommateCountry = 0;
        for (Map.Entry<Room, List<Participant>> room : occupants.entrySet()) {
            long used = 0L;
            List<Participant> sleepers = room.getValue();
            for (int i = 0; i < sleepers.size(); i++) {
                Participant a = sleepers.get(i);
                used |= a.stayMask();
                for (Participant b : sleepers.subList(i + 1, sleepers.size())) {
                    if (a.overlaps(b)) {
                        withoutCommonLanguage += a.sharesLanguageWith(b) ? 0 : 1;
                        againstRoommateCountry += policy.againstRoommateCountry(a, b) ? 1 : 0;
                    }
                }
            }
            rooms += room.getKey().costCents(used);
        }
        Map<Integer, Participant> byIndex = new HashMap<>();
        brought.forEach(participant -> byIndex.put(participant.getIndex(), participant));
        long unmetRequests = solution.getRoommateRequests().stream()
                .filter(request -> byIndex.containsKey(request.from()) && byIndex.containsKey(request.to()))
                .filter(request -> RoommateRequest.unmet(byIndex.get(request.from()), byIndex.get(request.to())))
                .count();
        long delegationSplits = hotelsOfDelegation.values().stream().mapToLong(hotels -> hotels.size() - 1L).sum();
        long disruptionUnits = solution.getParticipants().stream().mapToLong(Participant::disruptionUnits).sum();
        long spent = solution.getPayers().stream().mapToLong(Payer::spentCents).sum();

        Map<SoftRule, Long> penalties = new EnumMap<>(SoftRule.class);
        penalties.put(SoftRule.NO_COMMON_LANGUAGE, withoutCommonLanguage);
        penalties.put(SoftRule.ROOMMATE_COUNTRY, againstRoommateCountry);
        penalties.put(SoftRule.ROOMMATE_REQUEST_UNMET, unmetRequests);
        penalties.put(SoftRule.DELEGATION_SPLIT, delegationSplits);
        penalties.put(SoftRule.PER_STOP, stops);
        penalties.put(SoftRule.LONG_LAYOVER, longLayovers);
        penalties.put(SoftRule.ARRIVAL_SLOT, (long) arrivalSlots.size());
        penalties.put(SoftRule.VIP_BELOW_STARS, vipsBelowStars);
        penalties.put(SoftRule.DISRUPTION, disruptionUnits);
        // Units times the rule's cents; travel hours are priced on the itinerary already.
        penalties.replaceAll((rule, units) -> units * policy.cents(rule));
        penalties.put(SoftRule.PER_TRAVEL_HOUR, policy.weighs(SoftRule.PER_TRAVEL_HOUR) ? travelHourCents : 0L);
        return new RuleTotals(flights, rooms, taxes, visas, spent, penalties);
    }
}
