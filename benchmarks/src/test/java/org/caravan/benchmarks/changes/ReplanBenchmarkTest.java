package org.caravan.benchmarks.changes;

import org.caravan.data.changes.ChangeList;
import org.caravan.data.changes.LateChanges;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.TinyDataset;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplanBenchmarkTest {

    private static final ValidDataset DATASET = DatasetValidator.valid(TinyDataset.valid().dataset());

    /** p1 (it1, h1-101, fund-a), p2 (it2, h1-101, general) and p3 (by land, h2-1, SELF) brought. */
    private static final Plan PUBLISHED = plan(
            new Assignment("p1", true, "it1", "h1-101", nights(4), false, false, null),
            new Assignment("p2", true, "it2", "h1-101", nights(4), false, false, null),
            new Assignment("p3", true, null, "h2-1", nights(4), false, false, null));

    private static Plan plan(Assignment... assignments) {
        return new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, List.of(assignments), null, null);
    }

    private static List<LocalDate> nights(int count) {
        return LocalDate.parse("2026-03-24").datesUntil(LocalDate.parse("2026-03-24").plusDays(count)).toList();
    }

    @Test
    void theBenchmarkCountsAsCollateralExactlyWhomTheChangeListCallsCollateral() {
        // The fund cut concerns no one by name; h1-101 repriced concerns p1 and p2.
        String changes = """
                {"format": "caravan-changes/1", "changes": [
                  {"type": "SET_FUND", "fund": "fund-a", "amount": 1500},
                  {"type": "SET_ROOM_PRICE", "rooms": ["h1-101"], "pricePerNight": 120}]}""";
        LateChanges.Applied applied = LateChanges.apply(DATASET, PUBLISHED, changes);
        // p1 and p2 change room (their room was repriced), p3 changes room and nights (nothing concerns them).
        Plan replan = plan(new Assignment("p1", true, "it1", "h1-102", nights(4), false, false, null),
                new Assignment("p2", true, "it2", "h2-1", nights(4), false, false, null),
                new Assignment("p3", true, null, "h1-101", nights(3), false, false, null));

        ChangeList list = ChangeList.between(DATASET, PUBLISHED, applied.dataset(), replan, applied);

        assertThat(ReplanBenchmark.moved(applied.plan(), replan, applied, false)).isEqualTo(list.collateral()).isEqualTo(1);
        assertThat(ReplanBenchmark.moved(applied.plan(), replan, applied, true)).isEqualTo(2);
        assertThat(ReplanBenchmark.kinds(applied.plan(), replan, applied)).isEqualTo("0d 0b 0i 1r 0n");
        assertThat(ReplanBenchmark.moneyCollateral(applied.plan(), replan, applied)).as("p3 is self-funded").isZero();
    }

    @Test
    void aMoveToFitAFundCutIsCollateralInBothAndLabelledWithTheCut() {
        String changes = """
                {"format": "caravan-changes/1", "changes": [{"type": "SET_FUND", "fund": "fund-a", "amount": 1500}]}""";
        LateChanges.Applied applied = LateChanges.apply(DATASET, PUBLISHED, changes);
        Plan replan = plan(new Assignment("p1", true, "it1", "h1-102", nights(4), false, false, null),
                PUBLISHED.assignments().get(1), PUBLISHED.assignments().get(2));

        ChangeList list = ChangeList.between(DATASET, PUBLISHED, applied.dataset(), replan, applied);

        assertThat(list.participants()).singleElement().satisfies(row -> {
            assertThat(row.cause()).isEqualTo("changes[0] SET_FUND (money)");
            assertThat(row.collateral()).isTrue();
        });
        assertThat(ReplanBenchmark.moved(applied.plan(), replan, applied, false)).isEqualTo(list.collateral()).isEqualTo(1);
        assertThat(ReplanBenchmark.moneyCollateral(applied.plan(), replan, applied)).isEqualTo(1);
    }
}
