package org.caravan.data.export;

import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.TinyDataset;
import org.caravan.data.validation.ValidDataset;

import java.time.LocalDate;
import java.util.List;

/**
 * The tiny dataset with two more participants and an early flight, and a plan for it: p1 (OUA via TUN) and p2
 * (TUN, whose name needs quoting) share h1-101; p3 (local, nights left to the stay rule) and p4 (early flight from
 * TUN) share h2-1; p5 is not brought; room h1-102 stays empty.
 */
final class TinyPlan {

    static final ValidDataset DATASET = TinyDataset.valid()
            .set("/participants/1/name", "Ben Ali, \"Salma\"")
            .add("/participants", """
                    {"id": "p4", "name": "Youssef Haddad", "gender": "M", "nationality": "TN", "languages": ["ar", "fr"],
                     "homeAirports": ["TUN"], "priority": 2}""")
            .add("/participants", """
                    {"id": "p5", "name": "Zineb Alaoui", "gender": "F", "nationality": "MA", "languages": ["fr"],
                     "homeAirports": ["TUN"], "priority": 1}""")
            // 08:30 in Tunis is 07:30 UTC, half an hour before s1 leaves Ouagadougou at 08:00 UTC.
            .add("/flights/segments", """
                    {"id": "s6", "carrier": "TU", "number": "701", "from": "TUN", "to": "DJE",
                     "departure": "2026-03-24T08:30", "arrival": "2026-03-24T09:30"}""")
            .add("/flights/itineraries", """
                    {"id": "it3", "origin": "TUN", "outbound": ["s6"], "return": ["s3"], "price": 110}""")
            .validated();

    static final Plan PLAN = new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, List.of(
            new Assignment("p1", true, "it1", "h1-101", nights("2026-03-24", 4), false, false, null),
            new Assignment("p2", true, "it2", "h1-101", nights("2026-03-24", 4), false, false, null),
            new Assignment("p3", true, null, "h2-1", null, false, false, null),
            new Assignment("p4", true, "it3", "h2-1", nights("2026-03-24", 4), false, false, null),
            Assignment.notBrought("p5", List.of())), null, null);

    private TinyPlan() {
    }

    static List<LocalDate> nights(String first, int count) {
        return LocalDate.parse(first).datesUntil(LocalDate.parse(first).plusDays(count)).toList();
    }
}
