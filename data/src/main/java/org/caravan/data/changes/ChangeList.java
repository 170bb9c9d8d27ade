package org.caravan.data.changes;

import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.export.Csv;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.rules.Money;
import org.caravan.data.validation.ValidDataset;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between a plan and a later plan of the same dataset (a re-plan after late changes, or any two
 * versions), in the forms the people who act on it need: per participant, what moved from what to what and which
 * change caused it (for the travellers); per hotel, the rooming changes the hotel must act on; per payer and in
 * total, the cost difference; and the score difference, level by level and soft rule by soft rule. Costs and scores
 * are the independent checker's, so they agree with every other report of the two plans.
 *
 * @param participants only the people whose coming, itinerary, room or nights differ, each with both sides
 * @param hotels per hotel in dataset order, every guest added, removed, moved to another room or with other nights
 * @param costs per payer (funds in dataset order, then {@code general}, {@code SELF}), then {@code total}
 * @param score hard, medium and soft, then each soft rule's penalty
 */
public record ChangeList(List<Row> participants, List<HotelRow> hotels, List<Amounts> costs, List<Amounts> score) {

    /** The cause of a move no change concerns: the search found the plan better that way. */
    public static final String COLLATERAL = "collateral";

    /**
     * One participant's change.
     *
     * @param name their name (in the later dataset, or the earlier one for a cancelled person)
     * @param what in words: added, cancelled, now brought, no longer brought, or what changed
     * @param cause as {@link LateChanges.Applied#cause} says: the changes that concern them ({@code changes[2]
     *         WITHDRAW_ROOMS}, several joined by "; "), the money change that limits their payer ({@code changes[4]
     *         SET_FUND (money)}), or {@value #COLLATERAL}; null when the later plan was not made by applying changes
     *         to the earlier one
     * @param collateral no change concerns them: a move of theirs is collateral, whatever money change it fits
     */
    public record Row(String participant, String name, String what, @Nullable String cause, boolean collateral,
            @Nullable String itineraryBefore, @Nullable String itineraryAfter, @Nullable String roomBefore,
            @Nullable String roomAfter, @Nullable String nightsBefore, @Nullable String nightsAfter) {
    }

    /**
     * What a hotel must do for one guest.
     *
     * @param action {@code added}, {@code removed}, {@code moved} (another room of the same hotel), {@code nights
     *         changed}, or {@code moved, nights changed}
     */
    public record HotelRow(String hotel, String hotelName, String participant, String name, String action,
            @Nullable String roomBefore, @Nullable String roomAfter, @Nullable String nightsBefore,
            @Nullable String nightsAfter) {
    }

    /** A figure before and after, and after minus before. */
    public record Amounts(String key, BigDecimal before, BigDecimal after, BigDecimal delta) {

        static Amounts of(String key, BigDecimal before, BigDecimal after) {
            return new Amounts(key, before, after, Money.fromCents(Money.toCents(after) - Money.toCents(before)));
        }

        static Amounts ofCounts(String key, long before, long after) {
            return new Amounts(key, BigDecimal.valueOf(before), BigDecimal.valueOf(after), BigDecimal.valueOf(after - before));
        }
    }

    /** The change list without causes: the later plan was not made from the earlier one by a known change list. */
    public static ChangeList between(ValidDataset before, Plan previous, ValidDataset after, Plan next) {
        return between(before, previous, after, next, (LateChanges.Applied) null);
    }

    /**
     * The change list of a re-plan: {@code changesJson} is the caravan-changes/1 document applied to {@code before}
     * and {@code previous} to give {@code after} (null when there is none; then no row has a cause). It is applied
     * again to learn whom it concerns.
     */
    public static ChangeList between(ValidDataset before, Plan previous, ValidDataset after, Plan next,
            @Nullable String changesJson) {
        return between(before, previous, after, next, changesJson == null ? null : LateChanges.apply(before, previous, changesJson));
    }

    /**
     * The change list of a re-plan from what applying its changes gave ({@code applied}: who they concern, by the
     * rule of docs/FORMAT.md "Who a change concerns"; null when there were none, and then no row has a cause).
     */
    public static ChangeList between(ValidDataset before, Plan previous, ValidDataset after, Plan next,
            LateChanges.@Nullable Applied applied) {
        Map<String, Assignment> old = byParticipant(previous);
        Map<String, Assignment> now = byParticipant(next);
        List<Row> rows = new ArrayList<>();
        for (Participant person : after.dataset().participants()) {
            Assignment was = old.get(person.id());
            Assignment is = now.get(person.id());
            String what = before.index().participant(person.id()) == null ? "added" : describe(was, is);
            if (what != null) {
                rows.add(row(person, what, applied, was, is));
            }
        }
        for (Participant person : before.dataset().participants()) {
            if (after.index().participant(person.id()) == null) {
                rows.add(row(person, "cancelled", applied, old.get(person.id()), null));
            }
        }
        CheckReport earlier = PlanChecker.check(before, previous);
        CheckReport later = PlanChecker.check(after, next, previous);
        return new ChangeList(List.copyOf(rows), hotels(before, old, after, now), costs(after, earlier, later),
                score(earlier, later));
    }

    private static Map<String, Assignment> byParticipant(Plan plan) {
        Map<String, Assignment> assignments = new LinkedHashMap<>();
        plan.assignments().forEach(a -> assignments.put(a.participant(), a));
        return assignments;
    }

    /** What differs, or null when nothing does. */
    private static @Nullable String describe(@Nullable Assignment was, @Nullable Assignment is) {
        boolean broughtBefore = brought(was);
        boolean broughtNow = brought(is);
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

    private static Row row(Participant person, String what, LateChanges.@Nullable Applied applied, @Nullable Assignment was,
            @Nullable Assignment is) {
        return new Row(person.id(), person.name(), what, applied == null ? null : applied.cause(person.id()),
                applied != null && !applied.concerns(person.id()), brought(was) ? was.itinerary() : null,
                brought(is) ? is.itinerary() : null, room(was), room(is), nights(was), nights(is));
    }

    private static boolean brought(@Nullable Assignment assignment) {
        return assignment != null && assignment.brought();
    }

    private static @Nullable String room(@Nullable Assignment assignment) {
        return brought(assignment) ? assignment.room() : null;
    }

    private static @Nullable String nights(@Nullable Assignment assignment) {
        List<LocalDate> nights = brought(assignment) ? assignment.nights() : null;
        return nights == null || nights.isEmpty() ? null : nights.get(0) + " to " + nights.get(nights.size() - 1);
    }

    // ---------------------------------------------------------------- hotels

    private static List<HotelRow> hotels(ValidDataset before, Map<String, Assignment> old, ValidDataset after,
            Map<String, Assignment> now) {
        Map<String, String> hotelNames = new LinkedHashMap<>();
        after.dataset().hotels().forEach(hotel -> hotelNames.put(hotel.id(), hotel.name()));
        before.dataset().hotels().forEach(hotel -> hotelNames.putIfAbsent(hotel.id(), hotel.name()));
        Map<String, String> names = new LinkedHashMap<>();
        before.dataset().participants().forEach(person -> names.put(person.id(), person.name()));
        after.dataset().participants().forEach(person -> names.put(person.id(), person.name()));
        List<HotelRow> rows = new ArrayList<>();
        for (String id : names.keySet()) {
            Assignment was = old.get(id);
            Assignment is = now.get(id);
            String roomBefore = room(was);
            String roomAfter = room(is);
            String hotelBefore = roomBefore == null ? null : hotelOf(before, roomBefore);
            String hotelAfter = roomAfter == null ? null : hotelOf(after, roomAfter);
            String nightsBefore = nights(was);
            String nightsAfter = nights(is);
            if (Objects.equals(hotelBefore, hotelAfter)) {
                if (hotelAfter == null) {
                    continue;
                }
                boolean moved = !roomBefore.equals(roomAfter);
                boolean nightsChanged = !Objects.equals(nightsBefore, nightsAfter);
                if (moved || nightsChanged) {
                    String action = moved && nightsChanged ? "moved, nights changed" : moved ? "moved" : "nights changed";
                    rows.add(new HotelRow(hotelAfter, hotelNames.get(hotelAfter), id, names.get(id), action, roomBefore,
                            roomAfter, nightsBefore, nightsAfter));
                }
                continue;
            }
            if (hotelBefore != null) {
                rows.add(new HotelRow(hotelBefore, hotelNames.get(hotelBefore), id, names.get(id), "removed", roomBefore,
                        null, nightsBefore, null));
            }
            if (hotelAfter != null) {
                rows.add(new HotelRow(hotelAfter, hotelNames.get(hotelAfter), id, names.get(id), "added", null, roomAfter,
                        null, nightsAfter));
            }
        }
        List<String> order = List.copyOf(hotelNames.keySet());
        rows.sort(Comparator.comparingInt(row -> order.indexOf(row.hotel())));
        return List.copyOf(rows);
    }

    private static String hotelOf(ValidDataset dataset, String room) {
        Hotel hotel = dataset.index().hotelOfRoom(room);
        return hotel == null ? "?" : hotel.id();
    }

    // ---------------------------------------------------------------- money and score

    private static List<Amounts> costs(ValidDataset after, CheckReport earlier, CheckReport later) {
        Map<String, BigDecimal> before = payers(earlier);
        Map<String, BigDecimal> now = payers(later);
        Set<String> keys = new LinkedHashSet<>();
        after.dataset().budget().funds().forEach(fund -> keys.add(fund.id()));
        keys.addAll(before.keySet());
        keys.addAll(now.keySet());
        List<String> order = new ArrayList<>(keys);
        order.sort(Comparator.comparingInt(ChangeList::payerRank));
        List<Amounts> rows = new ArrayList<>();
        for (String payer : order) {
            rows.add(Amounts.of(payer, before.getOrDefault(payer, BigDecimal.ZERO), now.getOrDefault(payer, BigDecimal.ZERO)));
        }
        rows.add(Amounts.of("total", earlier.costs().total(), later.costs().total()));
        return List.copyOf(rows);
    }

    /** Funds first (in the order given), then the general budget, then self-funded. */
    private static int payerRank(String payer) {
        return payer.equals(Fund.SELF) ? 2 : payer.equals(Fund.GENERAL) ? 1 : 0;
    }

    private static Map<String, BigDecimal> payers(CheckReport report) {
        return report.costs().byFund() == null ? Map.of() : report.costs().byFund();
    }

    private static List<Amounts> score(CheckReport earlier, CheckReport later) {
        List<Amounts> rows = new ArrayList<>();
        rows.add(Amounts.ofCounts("hard", earlier.hardScore(), later.hardScore()));
        rows.add(Amounts.ofCounts("medium", earlier.mediumScore(), later.mediumScore()));
        rows.add(Amounts.of("soft", earlier.score().soft(), later.score().soft()));
        Set<String> rules = new LinkedHashSet<>(later.penalties().keySet());
        rules.addAll(earlier.penalties().keySet());
        for (String rule : rules) {
            rows.add(Amounts.of(rule, earlier.penalties().getOrDefault(rule, BigDecimal.ZERO),
                    later.penalties().getOrDefault(rule, BigDecimal.ZERO)));
        }
        return List.copyOf(rows);
    }

    // ---------------------------------------------------------------- summaries and CSV

    /** The people who moved, beyond those the changes themselves add or cancel. */
    public long moved() {
        return participants.stream().filter(row -> !row.what().equals("added") && !row.what().equals("cancelled")).count();
    }

    /** The people who moved though no change concerned them (0 when there were no changes to tell). */
    public long collateral() {
        return participants.stream().filter(Row::collateral).count();
    }

    /** Per participant, for the travellers. */
    public String toCsv() {
        Csv csv = new Csv("participant", "name", "what", "cause", "itinerary before", "itinerary after", "room before",
                "room after", "nights before", "nights after");
        participants.forEach(row -> csv.row(row.participant(), row.name(), row.what(), row.cause(),
                row.itineraryBefore(), row.itineraryAfter(), row.roomBefore(), row.roomAfter(), row.nightsBefore(),
                row.nightsAfter()));
        return csv.text();
    }

    /** Per hotel, for the hotels. */
    public String hotelsCsv() {
        Csv csv = new Csv("hotel", "hotel name", "participant", "name", "action", "room before", "room after",
                "nights before", "nights after");
        hotels.forEach(row -> csv.row(row.hotel(), row.hotelName(), row.participant(), row.name(), row.action(),
                row.roomBefore(), row.roomAfter(), row.nightsBefore(), row.nightsAfter()));
        return csv.text();
    }

    /** The cost per payer and the score, each before, after and the difference. */
    public String figuresCsv() {
        Csv csv = new Csv("section", "key", "before", "after", "delta");
        costs.forEach(row -> csv.row("cost", row.key(), row.before(), row.after(), row.delta()));
        score.forEach(row -> csv.row("score", row.key(), row.before(), row.after(), row.delta()));
        return csv.text();
    }
}
