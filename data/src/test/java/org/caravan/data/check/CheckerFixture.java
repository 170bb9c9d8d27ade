package org.caravan.data.check;

import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Costs;
import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.ValidDataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small summit in Djerba (event zone Africa/Tunis, UTC+1 all year), written in the public format so that every
 * number below can be followed by hand.
 *
 * <pre>
 * Hotels   h1 "Ulysse"  4*, tax 1.50/person-night: h1-101 TWIN 2 beds 95.00; h1-102 TRIPLE 3 beds 95.00;
 *                                                 h1-103 SINGLE 1 bed 80.00 accessible (all: nights 22..31)
 *          h2 "Dar"     3*, tax 0.75:             h2-201 TWIN 2 beds 60.00 (nights 24..27 only);
 *                                                 h2-202 SINGLE 1 bed 50.00; h2-203 DOUBLE 2 beds 70.00
 * Itineraries (times local at each airport; elapsed minutes in real time)
 *   itA OUA(UTC+0)-TUN-DJE  out 24 08:00 -> 24 16:00 = 420 min, 1 stop; back 28 17:00 -> 28 23:00 OUA = 420 min,
 *       1 stop; 640.00
 *   itB CDG-DJE direct      out 24 10:05 Paris(UTC+1) -> 24 12:30 = 145 min; back 29 13:00 -> 29 16:30 Paris,
 *       which is UTC+2 after the switch to summer time that night: 150 min (not 210); 420.00
 *   itC BKO-CDG-DJE         transits France; 450.00
 *   itD BKO(UTC+0)-TUN-DJE  red-eye: out 24 20:00 -> 25 03:00 = 360 min; back 28 17:00 -> 29 04:00 BKO = 720 min,
 *       with a 7 h layover in Tunis (18:00 -> 01:00); 510.00
 *   itE NDJ(UTC+1)-IST(UTC+3)-DJE  out 24 01:00 -> 24 11:00 = 600 min; back 28 18:00 -> 29 06:00 NDJ = 720 min;
 *       transits Turkey; 780.00
 *   itG OUA-DJE             arrives 25 10:30, after the arrival window (latest 25 08:00); 600.00
 *   Segment s3 (DJE-TUN 28 17:00, used by itA, itD and itG) has 3 seats.
 * Visa rules: ML nationals may not transit France without SCHENGEN; TD nationals pay 35.00 to enter Tunisia.
 * Budget 6000.00; fund-a 2500.00. Policy MIX, vipMinStars 4, slots of 120 min; weights noCommonLanguage 60,
 * roommateCountry 15, roommateRequestUnmet 40, delegationSplit 25, perStop 30, perTravelHour 8, longLayover 80,
 * arrivalSlot 90, vipBelowStars 150, disruption 50.
 *
 * Participants (payer in brackets)
 *   p1 F BF [fr,mos] OUA bf-net   prio 3 [fund-a] asks for p2
 *   p2 F BF [fr]     OUA bf-net   prio 2 [fund-a] asks for p1
 *   p3 M DE [de,en]  CDG SPEAKER  prio 5 must attend, single room [general]
 *   p4 M TN [ar,fr]  ground, tn-host ORGANISER prio 4, accessible room [SELF]
 *   p5 M ML [fr,bm]  BKO ml-youth prio 2 [fund-a]
 *   p6 F TD [ar]     NDJ          prio 3 [general]
 *   p7 X FR [fr,en]  CDG fr-press PRESS prio 1 [general] asks for p8
 *   p8 F FR [fr]     CDG fr-press PRESS prio 1 [SELF]    asks for p7
 *   p9 F TN [ar,fr]  ground, no lodging, tn-host STAFF prio 1 [general]
 * </pre>
 */
final class CheckerFixture {

    static final String DATASET_JSON = """
            {
              "format": "caravan-dataset/1",
              "event": {
                "name": "Djerba test summit", "timeZone": "Africa/Tunis", "currency": "EUR",
                "venue": {"name": "Centre", "lat": 33.81, "lon": 10.99, "airport": "DJE"},
                "firstDay": "2026-03-25", "lastDay": "2026-03-28",
                "arrivalWindow":   {"earliest": "2026-03-23T00:00", "latest": "2026-03-25T08:00"},
                "departureWindow": {"earliest": "2026-03-28T16:00", "latest": "2026-03-30T23:59"}
              },
              "budget": {"total": 6000, "funds": [{"id": "fund-a", "name": "Donor A", "amount": 2500}]},
              "policy": {
                "roommateCountry": "MIX", "vipMinStars": 4, "arrivalSlotMinutes": 120,
                "weights": {
                  "noCommonLanguage": 60, "roommateCountry": 15, "roommateRequestUnmet": 40,
                  "delegationSplit": 25, "perStop": 30, "perTravelHour": 8,
                  "longLayover": 80, "arrivalSlot": 90, "vipBelowStars": 150, "disruption": 50
                }
              },
              "airports": [
                {"code": "DJE", "city": "Djerba", "country": "TN", "timeZone": "Africa/Tunis"},
                {"code": "TUN", "city": "Tunis", "country": "TN", "timeZone": "Africa/Tunis"},
                {"code": "OUA", "city": "Ouagadougou", "country": "BF", "timeZone": "Africa/Ouagadougou"},
                {"code": "CDG", "city": "Paris", "country": "FR", "timeZone": "Europe/Paris"},
                {"code": "BKO", "city": "Bamako", "country": "ML", "timeZone": "Africa/Bamako"},
                {"code": "NDJ", "city": "N'Djamena", "country": "TD", "timeZone": "Africa/Ndjamena"},
                {"code": "IST", "city": "Istanbul", "country": "TR", "timeZone": "Europe/Istanbul"}
              ],
              "participants": [
                %s
              ],
              "hotels": [
                {"id": "h1", "name": "Ulysse", "stars": 4, "distanceKm": 3.2, "taxPerPersonNight": 1.50, "rooms": [
                  {"id": "h1-101", "type": "TWIN", "capacity": 2, "pricePerNight": 95, "accessible": false,
                   "available": {"from": "2026-03-22", "to": "2026-03-31"}},
                  {"id": "h1-102", "type": "TRIPLE", "capacity": 3, "pricePerNight": 95.00, "accessible": false,
                   "available": {"from": "2026-03-22", "to": "2026-03-31"}},
                  {"id": "h1-103", "type": "SINGLE", "capacity": 1, "pricePerNight": 80, "accessible": true,
                   "available": {"from": "2026-03-22", "to": "2026-03-31"}}]},
                {"id": "h2", "name": "Dar", "stars": 3, "distanceKm": 8.5, "taxPerPersonNight": 0.75, "rooms": [
                  {"id": "h2-201", "type": "TWIN", "capacity": 2, "pricePerNight": 60, "accessible": false,
                   "available": {"from": "2026-03-24", "to": "2026-03-27"}},
                  {"id": "h2-202", "type": "SINGLE", "capacity": 1, "pricePerNight": 50, "accessible": false,
                   "available": {"from": "2026-03-22", "to": "2026-03-31"}},
                  {"id": "h2-203", "type": "DOUBLE", "capacity": 2, "pricePerNight": 70, "accessible": false,
                   "available": {"from": "2026-03-22", "to": "2026-03-31"}}]}
              ],
              "flights": {
                "segments": [
                  {"id": "s1", "carrier": "XA", "number": "1", "from": "OUA", "to": "TUN", "departure": "2026-03-24T08:00", "arrival": "2026-03-24T13:30"},
                  {"id": "s2", "carrier": "XA", "number": "2", "from": "TUN", "to": "DJE", "departure": "2026-03-24T15:00", "arrival": "2026-03-24T16:00", "seats": 20},
                  {"id": "s3", "carrier": "XA", "number": "3", "from": "DJE", "to": "TUN", "departure": "2026-03-28T17:00", "arrival": "2026-03-28T18:00", "seats": 3},
                  {"id": "s4", "carrier": "XA", "number": "4", "from": "TUN", "to": "OUA", "departure": "2026-03-28T19:30", "arrival": "2026-03-28T23:00"},
                  {"id": "s5", "carrier": "XB", "number": "5", "from": "CDG", "to": "DJE", "departure": "2026-03-24T10:05", "arrival": "2026-03-24T12:30"},
                  {"id": "s6", "carrier": "XB", "number": "6", "from": "DJE", "to": "CDG", "departure": "2026-03-29T13:00", "arrival": "2026-03-29T16:30"},
                  {"id": "s7", "carrier": "XA", "number": "7", "from": "BKO", "to": "TUN", "departure": "2026-03-24T20:00", "arrival": "2026-03-25T01:00"},
                  {"id": "s8", "carrier": "XA", "number": "8", "from": "TUN", "to": "DJE", "departure": "2026-03-25T02:00", "arrival": "2026-03-25T03:00"},
                  {"id": "s9", "carrier": "XA", "number": "9", "from": "TUN", "to": "BKO", "departure": "2026-03-29T01:00", "arrival": "2026-03-29T04:00"},
                  {"id": "s10", "carrier": "XC", "number": "10", "from": "NDJ", "to": "IST", "departure": "2026-03-24T01:00", "arrival": "2026-03-24T07:30"},
                  {"id": "s11", "carrier": "XC", "number": "11", "from": "IST", "to": "DJE", "departure": "2026-03-24T10:00", "arrival": "2026-03-24T11:00"},
                  {"id": "s12", "carrier": "XC", "number": "12", "from": "DJE", "to": "IST", "departure": "2026-03-28T18:00", "arrival": "2026-03-28T22:00"},
                  {"id": "s13", "carrier": "XC", "number": "13", "from": "IST", "to": "NDJ", "departure": "2026-03-29T02:00", "arrival": "2026-03-29T06:00"},
                  {"id": "s14", "carrier": "XB", "number": "14", "from": "BKO", "to": "CDG", "departure": "2026-03-23T23:00", "arrival": "2026-03-24T06:00"},
                  {"id": "s15", "carrier": "XB", "number": "15", "from": "CDG", "to": "BKO", "departure": "2026-03-29T18:00", "arrival": "2026-03-29T21:00"},
                  {"id": "s16", "carrier": "XA", "number": "16", "from": "OUA", "to": "DJE", "departure": "2026-03-25T06:00", "arrival": "2026-03-25T10:30"}
                ],
                "itineraries": [
                  {"id": "itA", "origin": "OUA", "outbound": ["s1", "s2"], "return": ["s3", "s4"], "price": 640},
                  {"id": "itB", "origin": "CDG", "outbound": ["s5"], "return": ["s6"], "price": 420},
                  {"id": "itC", "origin": "BKO", "outbound": ["s14", "s5"], "return": ["s6", "s15"], "price": 450},
                  {"id": "itD", "origin": "BKO", "outbound": ["s7", "s8"], "return": ["s3", "s9"], "price": 510},
                  {"id": "itE", "origin": "NDJ", "outbound": ["s10", "s11"], "return": ["s12", "s13"], "price": 780},
                  {"id": "itG", "origin": "OUA", "outbound": ["s16"], "return": ["s3", "s4"], "price": 600}
                ]
              },
              "visaRules": [
                {"nationality": "ML", "country": "FR", "purpose": "TRANSIT", "visa": "SCHENGEN", "obtainable": false, "fee": 0},
                {"nationality": "TD", "country": "TN", "purpose": "ENTRY", "visa": "TN-EVISA", "obtainable": true, "fee": 35}
              ]
            }
            """;

    /** One participant per line, so a test can change one field of one participant with a plain replace. */
    static final List<String> PARTICIPANTS = List.of(
            """
            {"id": "p1", "name": "Aminata", "gender": "F", "nationality": "BF", "languages": ["fr", "mos"], "homeAirports": ["OUA"], "delegation": "bf-net", "role": "DELEGATE", "priority": 3, "fund": "fund-a", "travelMode": "FLIGHT", "needsLodging": true, "roommateRequests": ["p2"]}""",
            """
            {"id": "p2", "name": "Fatou", "gender": "F", "nationality": "BF", "languages": ["fr"], "homeAirports": ["OUA"], "delegation": "bf-net", "role": "DELEGATE", "priority": 2, "fund": "fund-a", "travelMode": "FLIGHT", "needsLodging": true, "roommateRequests": ["p1"]}""",
            """
            {"id": "p3", "name": "Hans", "gender": "M", "nationality": "DE", "languages": ["de", "en"], "homeAirports": ["CDG"], "role": "SPEAKER", "priority": 5, "mustAttend": true, "fund": null, "travelMode": "FLIGHT", "needsLodging": true, "needs": {"singleRoom": true, "accessibleRoom": false}}""",
            """
            {"id": "p4", "name": "Karim", "gender": "M", "nationality": "TN", "languages": ["ar", "fr"], "homeAirports": [], "delegation": "tn-host", "role": "ORGANISER", "priority": 4, "fund": "SELF", "travelMode": "NONE", "needsLodging": true, "needs": {"singleRoom": false, "accessibleRoom": true}}""",
            """
            {"id": "p5", "name": "Moussa", "gender": "M", "nationality": "ML", "languages": ["fr", "bm"], "homeAirports": ["BKO"], "delegation": "ml-youth", "role": "DELEGATE", "priority": 2, "fund": "fund-a", "travelMode": "FLIGHT", "needsLodging": true}""",
            """
            {"id": "p6", "name": "Achta", "gender": "F", "nationality": "TD", "languages": ["ar"], "homeAirports": ["NDJ"], "role": "DELEGATE", "priority": 3, "fund": null, "travelMode": "FLIGHT", "needsLodging": true}""",
            """
            {"id": "p7", "name": "Camille", "gender": "X", "nationality": "FR", "languages": ["fr", "en"], "homeAirports": ["CDG"], "delegation": "fr-press", "role": "PRESS", "priority": 1, "fund": null, "travelMode": "FLIGHT", "needsLodging": true, "roommateRequests": ["p8"]}""",
            """
            {"id": "p8", "name": "Louise", "gender": "F", "nationality": "FR", "languages": ["fr"], "homeAirports": ["CDG"], "delegation": "fr-press", "role": "PRESS", "priority": 1, "fund": "SELF", "travelMode": "FLIGHT", "needsLodging": true, "roommateRequests": ["p7"]}""",
            """
            {"id": "p9", "name": "Leila", "gender": "F", "nationality": "TN", "languages": ["ar", "fr"], "homeAirports": [], "delegation": "tn-host", "role": "STAFF", "priority": 1, "fund": null, "travelMode": "NONE", "needsLodging": false}""");

    private CheckerFixture() {
    }

    static ValidDataset dataset() {
        return dataset(json -> json);
    }

    /** The dataset after a textual edit of its JSON (e.g. a seat limit, a participant's field), validated. */
    static ValidDataset dataset(UnaryOperator<String> edit) {
        return DatasetLoader.load(edit.apply(DATASET_JSON.formatted(String.join(",\n", PARTICIPANTS))));
    }

    /** Replaces exactly one occurrence, so a test cannot silently edit nothing. */
    static UnaryOperator<String> replace(String target, String replacement) {
        return json -> {
            int first = json.indexOf(target);
            if (first < 0 || json.indexOf(target, first + 1) >= 0) {
                throw new IllegalArgumentException("Expected exactly one occurrence of " + target);
            }
            return json.replace(target, replacement);
        };
    }

    /** Several edits, applied in order. */
    @SafeVarargs
    static UnaryOperator<String> edits(UnaryOperator<String>... edits) {
        return json -> {
            String edited = json;
            for (UnaryOperator<String> edit : edits) {
                edited = edit.apply(edited);
            }
            return edited;
        };
    }

    // ---------------------------------------------------------------- plans

    static List<LocalDate> nights(int... days) {
        return Arrays.stream(days).mapToObj(day -> LocalDate.of(2026, 3, day)).toList();
    }

    static final List<LocalDate> NIGHTS_24_TO_27 = nights(24, 25, 26, 27);
    static final List<LocalDate> NIGHTS_24_TO_28 = nights(24, 25, 26, 27, 28);

    static Assignment brought(String participant, String itinerary, String room, List<LocalDate> nights) {
        return new Assignment(participant, true, itinerary, room, nights, false, false, null);
    }

    static Assignment notBrought(String participant) {
        return Assignment.notBrought(participant, List.of());
    }

    /**
     * Everyone brought, all rules kept:
     * p1, p2, p6 share h1-102 (nights 24..27); p3 alone in h1-101 (24..28); p4 in the accessible h1-103
     * (25..27); p5 in h2-201 (24..27, red-eye itD); p7 and p8 (X and F who asked for each other) in h2-203
     * (24..28); p9 needs no room.
     */
    static List<Assignment> feasibleAssignments() {
        return List.of(
                brought("p1", "itA", "h1-102", NIGHTS_24_TO_27),
                brought("p2", "itA", "h1-102", NIGHTS_24_TO_27),
                brought("p3", "itB", "h1-101", NIGHTS_24_TO_28),
                brought("p4", null, "h1-103", nights(25, 26, 27)),
                brought("p5", "itD", "h2-201", NIGHTS_24_TO_27),
                brought("p6", "itE", "h1-102", NIGHTS_24_TO_27),
                brought("p7", "itB", "h2-203", NIGHTS_24_TO_28),
                brought("p8", "itB", "h2-203", NIGHTS_24_TO_28),
                brought("p9", null, null, List.of()));
    }

    /** The feasible plan with the score, costs and penalties worked out by hand in {@code FeasiblePlanTest}. */
    static Plan feasiblePlan() {
        Map<String, BigDecimal> byFund = new LinkedHashMap<>();
        byFund.put("fund-a", new BigDecimal("2298.32"));
        byFund.put("general", new BigDecimal("2448.93"));
        byFund.put("SELF", new BigDecimal("843.25"));
        Costs costs = new Costs(new BigDecimal("5590.50"), new BigDecimal("3830.00"), new BigDecimal("1685.00"),
                new BigDecimal("40.50"), new BigDecimal("35.00"), byFund);
        Map<String, BigDecimal> penalties = new LinkedHashMap<>();
        penalties.put("noCommonLanguage", new BigDecimal("120.00"));
        penalties.put("roommateCountry", new BigDecimal("30.00"));
        penalties.put("roommateRequestUnmet", new BigDecimal("0.00"));
        penalties.put("delegationSplit", new BigDecimal("0.00"));
        penalties.put("perStop", new BigDecimal("240.00"));
        penalties.put("perTravelHour", new BigDecimal("661.99"));
        penalties.put("longLayover", new BigDecimal("80.00"));
        penalties.put("arrivalSlot", new BigDecimal("360.00"));
        penalties.put("vipBelowStars", new BigDecimal("0.00"));
        penalties.put("disruption", new BigDecimal("0.00"));
        return new Plan(Plan.FORMAT, "Djerba test summit", 1, new PlanScore(0, 0, new BigDecimal("-7082.49")), true,
                feasibleAssignments(), costs, penalties);
    }

    /** The assignments with some replaced (by participant id); stated score, costs and penalties are left out. */
    static Plan planWith(Assignment... changes) {
        List<Assignment> assignments = new ArrayList<>(feasibleAssignments());
        for (Assignment change : changes) {
            boolean replaced = false;
            for (int i = 0; i < assignments.size(); i++) {
                if (assignments.get(i).participant().equals(change.participant())) {
                    assignments.set(i, change);
                    replaced = true;
                }
            }
            if (!replaced) {
                assignments.add(change);
            }
        }
        return plan(assignments);
    }

    static Plan plan(List<Assignment> assignments) {
        return new Plan(Plan.FORMAT, "Djerba test summit", 1, null, false, assignments, null, null);
    }
}
