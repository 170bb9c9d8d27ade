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
        eachEntry("$.airports", dataset.airports(), "airport", (path, airport) -> checkAirport(path, airport, seen));
    }

    private void checkAirport(String path, Airport airport, Map<String, String> seen) {
        requireId(path + ".code", airport.code(), "An airport has no code.", "airport code", seen);
        if (isBlank(airport.timeZone())) {
            issue(path + ".timeZone", "The airport (%s) has no time zone; its flights' local times need one."
                    .formatted(airport.code()));
        } else if (zone(airport.timeZone()).isEmpty()) {
            issue(path + ".timeZone", "The airport (%s) has an unknown time zone (%s); use a region name such as Africa/Tunis."
                    .formatted(airport.code(), airport.timeZone()));
        }
        requireCountryCode(path + ".country", airport.country(), "The airport (" + airport.code() + ")", "country");
        requireCoordinates(path, airport.lat(), airport.lon(), "The airport (" + airport.code() + ")");
    }
}
