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
        causesAreTheConcernsOf(changes, applied);
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

    /** The causes the change list shows are the concerns {@code LateChanges} recorded, row by row. */
    private static void causesAreTheConcernsOf(ChangeList changes, LateChanges.Applied applied) {
        assertThat(changes.participants()).allSatisfy(row -> {
            assertThat(row.collateral()).as(row.participant()).isEqualTo(!applied.concerns(row.participant()));
            assertThat(row.cause()).as(row.participant()).isEqualTo(applied.cause(row.participant()));
        });
    }

    @Test
    void aRoomWithdrawnOnNightsNobodyHadConcernsNobodyAndWhoeverMovesIsCollateral() {
        // h1-101 goes on the night before p1 and p2 arrive: it takes nothing they had.
        String changes = """
                {"format": "caravan-changes/1", "changes": [
                  {"type": "WITHDRAW_ROOMS", "rooms": ["h1-101"], "nights": {"from": "2026-03-22", "to": "2026-03-23"}}]}""";
        LateChanges.Applied applied = LateChanges.apply(DATASET, PLAN, changes);
        Plan next = plan(new Assignment("p1", true, "it1", "h1-102", nights(4), false, false, null),
                new Assignment("p2", true, "it2", "h1-101", nights(4), false, false, null),
                new Assignment("p3", true, null, "h2-1", nights(4), false, false, null));

        ChangeList list = ChangeList.between(DATASET, PLAN, applied.dataset(), next, changes);

        assertThat(applied.named()).isEmpty();
        assertThat(list.participants()).singleElement().satisfies(row -> {
            assertThat(row.participant()).isEqualTo("p1");
            assertThat(row.cause()).isEqualTo(ChangeList.COLLATERAL);
        });
        assertThat(list.collateral()).isEqualTo(1);
        causesAreTheConcernsOf(list, applied);
    }

    @Test
    void aFundCutConcernsNobodyByNameAndWhomItDropsIsItsCollateral() {
        String changes = """
                {"format": "caravan-changes/1", "changes": [
                  {"type": "ISSUE_TICKET", "participant": "p2", "itinerary": "it2", "price": 118},
                  {"type": "SET_FUND", "fund": "fund-a", "amount": 500}]}""";
        LateChanges.Applied applied = LateChanges.apply(DATASET, PLAN, changes);
        // p1 (fund-a) no longer brought to fit the fund; p3 (SELF, outside every fund) moved for nothing the cut asked.
        Plan next = plan(new Assignment("p1", false, null, null, null, false, false, null),
                new Assignment("p2", true, "it2", "h1-101", nights(4), true, false, null),
                new Assignment("p3", true, null, "h1-102", nights(4), false, false, null));

        ChangeList list = ChangeList.between(DATASET, PLAN, applied.dataset(), next, applied);

        assertThat(applied.named()).isEmpty();
        assertThat(applied.moneyChanges()).singleElement().satisfies(money -> assertThat(money.fund()).isEqualTo("fund-a"));
        assertThat(list.participants()).extracting(ChangeList.Row::participant, ChangeList.Row::cause, ChangeList.Row::collateral)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p1", "changes[1] SET_FUND (money)", true),
                        org.assertj.core.groups.Tuple.tuple("p3", ChangeList.COLLATERAL, true));
        assertThat(list.collateral()).isEqualTo(2);
        causesAreTheConcernsOf(list, applied);
    }

    @Test
    void aBudgetCutLabelsTheMovesOfEveryoneItPaysForButNotTheSelfFunded() {
        String changes = """
                {"format": "caravan-changes/1", "changes": [{"type": "SET_BUDGET", "total": 1500}]}""";
        LateChanges.Applied applied = LateChanges.apply(DATASET, PLAN, changes);
        Plan next = plan(new Assignment("p1", true, "it1", "h1-101", nights(4), false, false, null),
                new Assignment("p2", false, null, null, null, false, false, null),
                new Assignment("p3", true, null, "h1-102", nights(4), false, false, null));

        ChangeList list = ChangeList.between(DATASET, PLAN, applied.dataset(), next, changes);

        assertThat(list.participants()).extracting(ChangeList.Row::participant, ChangeList.Row::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p2", "changes[0] SET_BUDGET (money)"),
                        org.assertj.core.groups.Tuple.tuple("p3", ChangeList.COLLATERAL));
        assertThat(list.collateral()).isEqualTo(2);
        causesAreTheConcernsOf(list, applied);
    }

    @Test
    void aRetimedFlightConcernsEveryoneOnItWhetherOrNotItStillFits() {
        // s2 (Tunis-Djerba, on both itineraries) an hour later: still flyable, new times for p1 and p2.
        String changes = """
                {"format": "caravan-changes/1", "changes": [
                  {"type": "RETIME_SEGMENT", "segment": "s2", "departure": "2026-03-24T19:05", "arrival": "2026-03-24T20:05"}]}""";
        LateChanges.Applied applied = LateChanges.apply(DATASET, PLAN, changes);
        Plan next = plan(new Assignment("p1", true, "it1", "h1-102", nights(4), false, false, null),
                new Assignment("p2", true, "it2", "h1-101", nights(4), false, false, null),
                new Assignment("p3", true, null, "h2-1", nights(3), false, false, null));

        ChangeList list = ChangeList.between(DATASET, PLAN, applied.dataset(), next, changes);

        assertThat(applied.named()).containsExactly("p1", "p2");
        assertThat(applied.concerns().get("p1")).singleElement().satisfies(concern ->
                assertThat(concern.why()).isEqualTo("flight s2 retimed"));
        assertThat(list.participants()).extracting(ChangeList.Row::participant, ChangeList.Row::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p1", "changes[0] RETIME_SEGMENT"),
                        org.assertj.core.groups.Tuple.tuple("p3", ChangeList.COLLATERAL));
        causesAreTheConcernsOf(list, applied);
    }
}
