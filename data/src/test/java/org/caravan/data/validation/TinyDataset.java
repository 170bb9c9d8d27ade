package org.caravan.data.validation;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A tiny valid dataset, written in the public format so that tests break it exactly where a planner's file would
 * be broken: two flyers (from Ouagadougou via Tunis, and from Tunis), one local participant, two hotels.
 */
public final class TinyDataset {

    public static final String JSON = """
            {
              "format": "caravan-dataset/1",
              "event": {
                "name": "Summit 2026", "timeZone": "Africa/Tunis", "currency": "EUR",
                "venue": {"name": "Conference centre", "lat": 33.81, "lon": 10.99, "airport": "DJE"},
                "firstDay": "2026-03-25", "lastDay": "2026-03-28",
                "arrivalWindow":   {"earliest": "2026-03-23T00:00", "latest": "2026-03-25T08:00"},
                "departureWindow": {"earliest": "2026-03-28T16:00", "latest": "2026-03-30T23:59"}
              },
              "budget": {"total": 5000, "funds": [{"id": "fund-a", "name": "Donor A", "amount": 2000}]},
              "policy": {"roommateCountry": "MIX", "vipMinStars": 4, "arrivalSlotMinutes": 120},
              "airports": [
                {"code": "DJE", "city": "Djerba", "country": "TN", "timeZone": "Africa/Tunis"},
                {"code": "TUN", "city": "Tunis", "country": "TN", "timeZone": "Africa/Tunis"},
                {"code": "OUA", "city": "Ouagadougou", "country": "BF", "timeZone": "Africa/Ouagadougou"}
              ],
              "participants": [
                {"id": "p1", "name": "Awa Ouedraogo", "gender": "F", "nationality": "BF", "languages": ["fr", "mos"],
                 "homeAirports": ["OUA"], "delegation": "bf-network", "role": "SPEAKER", "priority": 3,
                 "mustAttend": true, "fund": "fund-a", "travelMode": "FLIGHT", "roommateRequests": ["p2"]},
                {"id": "p2", "name": "Salma Ben Ali", "gender": "F", "nationality": "TN", "languages": ["ar", "fr"],
                 "homeAirports": ["TUN"], "priority": 2, "travelMode": "FLIGHT",
                 "needs": {"singleRoom": false, "accessibleRoom": false}},
                {"id": "p3", "name": "Karim Trabelsi", "gender": "M", "nationality": "TN", "languages": ["ar"],
                 "priority": 1, "fund": "SELF", "travelMode": "NONE"}
              ],
              "hotels": [
                {"id": "h1", "name": "Hotel Djerba Sun", "stars": 4, "distanceKm": 3.2, "taxPerPersonNight": 1.5,
                 "rooms": [
                   {"id": "h1-101", "type": "TWIN", "capacity": 2, "pricePerNight": 95, "accessible": false,
                    "available": {"from": "2026-03-22", "to": "2026-03-31"}},
                   {"id": "h1-102", "type": "SINGLE", "capacity": 1, "pricePerNight": 60, "accessible": true,
                    "available": {"from": "2026-03-22", "to": "2026-03-31"}}]},
                {"id": "h2", "name": "Dar Yasmine", "stars": 3,
                 "rooms": [
                   {"id": "h2-1", "type": "DOUBLE", "capacity": 2, "pricePerNight": 70, "accessible": false,
                    "available": {"from": "2026-03-22", "to": "2026-03-31"}}]}
              ],
              "flights": {
                "segments": [
                  {"id": "s1", "carrier": "TU", "number": "500", "from": "OUA", "to": "TUN",
                   "departure": "2026-03-24T08:00", "arrival": "2026-03-24T13:30"},
                  {"id": "s2", "carrier": "TU", "number": "745", "from": "TUN", "to": "DJE",
                   "departure": "2026-03-24T18:05", "arrival": "2026-03-24T19:05", "seats": 20},
                  {"id": "s3", "carrier": "TU", "number": "746", "from": "DJE", "to": "TUN",
                   "departure": "2026-03-29T07:00", "arrival": "2026-03-29T08:00"},
                  {"id": "s4", "carrier": "TU", "number": "501", "from": "TUN", "to": "OUA",
                   "departure": "2026-03-29T10:00", "arrival": "2026-03-29T13:30"}
                ],
                "itineraries": [
                  {"id": "it1", "origin": "OUA", "outbound": ["s1", "s2"], "return": ["s3", "s4"], "price": 640},
                  {"id": "it2", "origin": "TUN", "outbound": ["s2"], "return": ["s3"], "price": 120}
                ]
              },
              "visaRules": [
                {"nationality": "TD", "country": "TN", "purpose": "ENTRY", "visa": "TN-EVISA", "obtainable": true, "fee": 35}
              ]
            }
            """;

    private final ObjectNode root;

    private TinyDataset() {
        try {
            root = (ObjectNode) CaravanJson.mapper().readTree(JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TinyDataset valid() {
        return new TinyDataset();
    }

    /** Sets the field at a JSON pointer such as {@code /participants/0/priority}; a null value writes JSON null. */
    public TinyDataset set(String pointer, Object value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        JsonNode node = CaravanJson.mapper().valueToTree(value);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(at.last().getMatchingProperty()), node);
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), node);
        }
        return this;
    }

    public TinyDataset remove(String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(at.last().getMatchingProperty()));
        } else {
            ((ObjectNode) parent).remove(at.last().getMatchingProperty());
        }
        return this;
    }

    /** Appends a JSON value (given as text) to the array at {@code pointer}. */
    public TinyDataset add(String pointer, String json) {
        try {
            ((ArrayNode) root.at(pointer)).add(CaravanJson.mapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String json() {
        return root.toString();
    }

    /** The dataset as it reads, valid or not. */
    public Dataset dataset() {
        try {
            return CaravanJson.mapper().treeToValue(root, Dataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset, validated (throws when an edit made it invalid). */
    public ValidDataset validated() {
        return DatasetValidator.valid(dataset());
    }
}
