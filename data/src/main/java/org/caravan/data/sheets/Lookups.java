package org.caravan.data.sheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What cells may refer to: the airports, participants, funds, segments and visas of the dataset being imported
 * into together with those the imported sheets add, so a participant row may name an airport of the Airports sheet
 * or a roommate further down.
 */
final class Lookups {

    final Map<String, String> airportCities = new LinkedHashMap<>();
    final Map<String, String> participantNames = new LinkedHashMap<>();
    final Map<String, String> fundNames = new LinkedHashMap<>();
    final Set<String> segments = new LinkedHashSet<>();
    final Set<String> visas = new LinkedHashSet<>();
    final Set<String> languages = new LinkedHashSet<>();

    /** The ids of the participants called this (names compared as {@link Words#key}). */
    List<String> participantsNamed(String name) {
        String key = Words.key(name);
        List<String> ids = new ArrayList<>();
        participantNames.forEach((id, known) -> {
            if (known != null && Words.key(known).equals(key)) {
                ids.add(id);
            }
        });
        return ids;
    }

    Optional<String> airportInCity(String city) {
        String key = Words.key(city);
        List<String> codes = airportCities.entrySet().stream()
                .filter(entry -> entry.getValue() != null && Words.key(entry.getValue()).equals(key))
                .map(Map.Entry::getKey).toList();
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    Optional<String> fundNamed(String name) {
        String key = Words.key(name);
        List<String> ids = fundNames.entrySet().stream()
                .filter(entry -> Words.key(entry.getKey()).equals(key)
                        || entry.getValue() != null && Words.key(entry.getValue()).equals(key))
                .map(Map.Entry::getKey).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
