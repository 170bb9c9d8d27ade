package org.caravan.data.validation;

import org.caravan.data.dataset.Airport;

import java.util.HashMap;
import java.util.Map;

/** The airports: codes, time zones, countries. */
final class AirportSection extends Section {

    AirportSection(Section.Context context) {
        super(context);
    }

    @Override
    void check() {
        checkAirports();
    }

    private void checkAirports() {
        Map<String, String> seen = new HashMap<>();
        eachEntry("$.airports", dataset.airports(), "dataset.airport.null", (path, airport) -> checkAirport(path, airport, seen));
    }

    private void checkAirport(String path, Airport airport, Map<String, String> seen) {
        requireId(path + ".code", airport.code(), "dataset.airport.noCode", words("word.airportCode"), seen);
        if (isBlank(airport.timeZone())) {
            issue(path + ".timeZone", "dataset.airport.noTimeZone", airport.code());
        } else if (zone(airport.timeZone()).isEmpty()) {
            issue(path + ".timeZone", "dataset.airport.unknownTimeZone", airport.code(), airport.timeZone());
        }
        requireCountryCode(path + ".country", airport.country(), words("owner.airport", airport.code()), words("word.country"));
        requireCoordinates(path, airport.lat(), airport.lon(), words("owner.airport", airport.code()));
    }
}
