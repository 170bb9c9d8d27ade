package org.caravan.data.changes;

import org.caravan.data.dataset.Participant;
import org.caravan.data.export.Csv;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What moved between a plan and the one re-planned from it, per participant, for the travellers and the hotels:
 * only the people whose coming, itinerary, room or nights differ, each with both sides.
 */
public record ChangeList(List<Row> rows) {

    /**
     * One participant's change.
     *
     * @param name their name (in the new dataset, or the previous one for a cancelled person)
     * @param what in words: added, cancelled, now brought, no longer brought, or what changed
     */
    public record Row(String participant, String name, String what, @Nullable String itineraryBefore,
            @Nullable String itineraryAfter, @Nullable String roomBefore, @Nullable String roomAfter,
            @Nullable String nightsBefore, @Nullable String nightsAfter) {
    }

    public static ChangeList between(ValidDataset before, Plan previous, ValidDataset after, Plan next) {
        Map<String, Assignment> old = new LinkedHashMap<>();
        previous.assignments().forEach(a -> old.put(a.participant(), a));
        Map<String, Assignment> now = new LinkedHashMap<>();
        next.assignments().forEach(a -> now.put(a.participant(), a));
        List<Row> rows = new ArrayList<>();
        for (Participant person : after.dataset().participants()) {
            Assignment was = old.get(person.id());
            Assignment is = now.get(person.id());
            String what = was == null ? "added" : describe(was, is);
            if (what != null) {
                rows.add(row(person, what, was, is));
            }
        }
        for (Participant person : before.dataset().participants()) {
            if (after.index().participant(person.id()) == null) {
                rows.add(row(person, "cancelled", old.get(person.id()), null));
            }
        }
        return new ChangeList(List.copyOf(rows));
    }

    /** What differs, or null when nothing does. */
    private static @Nullable String describe(Assignment was, @Nullable Assignment is) {
        boolean broughtBefore = was.brought();
        boolean broughtNow = is != null && is.brought();
        if (broughtBefore != broughtNow) {
            return broughtNow ? "now brought" : "no longer brought";
        }
        if (!broughtNow) {
            return null;
        }
        List<String> moved = new ArrayList<>();
        if (!Objects.equals(was.itinerary(), is.itinerary())) {
            moved.add("itinerary");
        }
        if (!Objects.equals(was.room(), is.room())) {
            moved.add("room");
        }
        if (!Objects.equals(was.nights(), is.nights())) {
            moved.add("nights");
        }
        return moved.isEmpty() ? null : String.join(" and ", moved) + " changed";
    }

    private static Row row(Participant person, String what, @Nullable Assignment was, @Nullable Assignment is) {
        return new Row(person.id(), person.name(), what, brought(was) ? was.itinerary() : null,
                brought(is) ? is.itinerary() : null, brought(was) ? was.room() : null, brought(is) ? is.room() : null,
                brought(was) ? nights(was.nights()) : null, brought(is) ? nights(is.nights()) : null);
    }

    private static boolean brought(@Nullable Assignment assignment) {
        return assignment != null && assignment.brought();
    }

    private static @Nullable String nights(@Nullable List<LocalDate> nights) {
        return nights == null || nights.isEmpty() ? null : nights.get(0) + " to " + nights.get(nights.size() - 1);
    }

    /** The people who moved, beyond those the changes themselves add or cancel. */
    public long moved() {
        return rows.stream().filter(row -> !row.what().equals("added") && !row.what().equals("cancelled")).count();
    }

    public String toCsv() {
        Csv csv = new Csv("participant", "name", "what", "itinerary before", "itinerary after", "room before",
                "room after", "nights before", "nights after");
        rows.forEach(row -> csv.row(row.participant(), row.name(), row.what(), row.itineraryBefore(),
                row.itineraryAfter(), row.roomBefore(), row.roomAfter(), row.nightsBefore(), row.nightsAfter()));
        return csv.text();
    }
}
