package org.caravan.data.changes;

import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.TinyDataset;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeListTest {

    private static final ValidDataset DATASET = DatasetValidator.valid(TinyDataset.valid().dataset());

    /** p1 (it1, h1-101), p2 (it2, h1-101) and p3 (by land, h2-1) brought. */
    private static final Plan PLAN = plan(
            new Assignment("p1", true, "it1", "h1-101", nights(4), false, false, null),
            new Assignment("p2", true, "it2", "h1-101", nights(4), false, false, null),
            new Assignment("p3", true, null, "h2-1", nights(4), false, false, null));

    private static final String CANCEL_P2 = """
            {"format": "caravan-changes/1", "changes": [
              {"type": "ISSUE_TICKET", "participant": "p1", "itinerary": "it1", "price": 600},
              {"type": "CANCEL_PARTICIPANT", "participant": "p2"}]}""";

    /** After p2's cancellation: p1 (who asked to share with p2) moves to the single room; p3, named by no change, moves hotel. */
    private static final Plan MOVED = plan(new Assignment("p1", true, "it1", "h1-102", nights(4), true, false, null),
            new Assignment("p3", true, null, "h1-101", nights(3), false, false, null));

    private static Plan plan(Assignment... assignments) {
        return new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, List.of(assignments), null, null);
    }

    private static List<LocalDate> nights(int count) {
        return LocalDate.parse("2026-03-24").datesUntil(LocalDate.parse("2026-03-24").plusDays(count)).toList();
    }

    @Test
    void eachMoveNamesTheChangeThatConcernedThePersonOrIsCollateral() {
        LateChanges.Applied applied = LateChanges.apply(DATASET, PLAN, CANCEL_P2);
    
        ChangeList changes = ChangeList.between(DATASET, PLAN, applied.dataset(), MOVED, CANCEL_P2);

        assertThat(changes.participants()).extracting(ChangeList.Row::participant, ChangeList.Row::what, ChangeList.Row::cause)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p1", "room changed", "changes[1] CANCEL_PARTICIPANT"),
                        org.assertj.core.groups.Tuple.tuple("p3", "room and nights changed", ChangeList.COLLATERAL),
                        org.assertj.core.groups.Tuple.tuple("p2", "cancelled", "changes[1] CANCEL_PARTICIPANT"));
        assertThat(changes.collateral()).isEqualTo(1);
        assertThat(changes.moved()).isEqualTo(2);
    }

    @Test
    void eachHotelGetsWhatItMustActOn() {
        LateChanges.Applied applied = LateChanges.apply(DATASET, PLAN, CANCEL_P2);

        ChangeList changes = ChangeList.between(DATASET, PLAN, applied.dataset(), MOVED, CANCEL_P2);

        assertThat(changes.hotels()).extracting(ChangeList.HotelRow::hotel, ChangeList.HotelRow::participant,
                ChangeList.HotelRow::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("h1", "p1", "moved"),
                org.assertj.core.groups.Tuple.tuple("h1", "p2", "removed"),
                org.assertj.core.groups.Tuple.tuple("h1", "p3", "added"),
                org.assertj.core.groups.Tuple.tuple("h2", "p3", "removed"));
        assertThat(changes.hotelsCsv()).contains("h2,", "p3,", "removed,h2-1,,2026-03-24 to 2026-03-27,");
    }

    @Test
    void theCostDeltaIsPerPayerAndAddsUpToTheTotal() {
        LateChanges.Applied applied = LateChanges.apply(DATASET, PLAN, CANCEL_P2);
        Plan next = plan(new Assignment("p1", true, "it1", "h1-101", nights(4), true, false, null),
                new Assignment("p3", true, null, "h2-1", nights(4), false, false, null));

        ChangeList changes = ChangeList.between(DATASET, PLAN, applied.dataset(), next, CANCEL_P2);

        assertThat(changes.participants()).extracting(ChangeList.Row::participant).containsExactly("p2");
        ChangeList.Amounts total = changes.costs().get(changes.costs().size() - 1);
        assertThat(total.key()).isEqualTo("total");
        assertThat(total.delta()).isNegative().isEqualByComparingTo(total.after().subtract(total.before()));
        assertThat(changes.costs().subList(0, changes.costs().size() - 1)).extracting(ChangeList.Amounts::key)
                .startsWith("fund-a").contains("SELF");
        assertThat(changes.score()).extracting(ChangeList.Amounts::key).startsWith("hard", "medium", "soft");
        // p2 is no longer in the dataset: the medium score does not count them as left out.
        assertThat(changes.figuresCsv()).contains("cost,total,", "score,medium,");
    }

    @Test
    void withoutAChangeListNoRowHasACause() {
        Plan next = plan(new Assignment("p1", true, "it1", "h1-102", nights(4), false, false, null),
                new Assignment("p2", true, "it2", "h1-101", nights(4), false, false, null),
                new Assignment("p3", true, null, "h2-1", nights(4), false, false, null));

        ChangeList changes = ChangeList.between(DATASET, PLAN, DATASET, next);

        assertThat(changes.participants()).singleElement().satisfies(row -> {
            assertThat(row.cause()).isNull();
            assertThat(row.roomBefore()).isEqualTo("h1-101");
            assertThat(row.roomAfter()).isEqualTo("h1-102");
        });
        assertThat(changes.collateral()).isZero();
    }
}
