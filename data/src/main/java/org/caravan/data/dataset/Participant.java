package org.caravan.data.dataset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One person who may be brought to the event.
 *
 * @param preferredLanguage the language they want their documents in (a language code such as fr or en); null
 *         leaves it to the event's language
 */
// selfFunded is written (from isSelfFunded) and ignored when read: files with it load, see the dataset schema.
@JsonIgnoreProperties(value = "selfFunded", allowGetters = true)
public record Participant(
        String id,
        String name,
        Gender gender,
        String nationality,
        List<String> languages,
        List<String> homeAirports,
        @Nullable String organisation,
        @Nullable String delegation,
        Role role,
        Integer priority,
        Boolean mustAttend,
        @Nullable String fund,
        TravelMode travelMode,
        Boolean needsLodging,
        @Nullable LocalDateTime fixedArrival,
        @Nullable LocalDateTime fixedDeparture,
        Needs needs,
        List<String> roommateRequests,
        @Nullable String household,
        List<String> visasHeld,
        @Nullable String preferredLanguage) {

    public Participant {
        languages = Dataset.listOrEmpty(languages);
        homeAirports = Dataset.listOrEmpty(homeAirports);
        roommateRequests = Dataset.listOrEmpty(roommateRequests);
        visasHeld = Dataset.listOrEmpty(visasHeld);
        role = role == null ? Role.DELEGATE : role;
        mustAttend = mustAttend != null && mustAttend;
        travelMode = travelMode == null ? TravelMode.FLIGHT : travelMode;
        needsLodging = needsLodging == null || needsLodging;
        needs = needs == null ? Needs.NONE : needs;
    }

    public boolean flies() {
        return travelMode == TravelMode.FLIGHT;
    }

    public boolean isSelfFunded() {
        return Fund.SELF.equals(fund);
    }

    /** The key under which this participant's costs are reported: a fund id, {@code general} or {@code SELF}. */
    public String payer() {
        return fund == null ? Fund.GENERAL : fund;
    }
}
