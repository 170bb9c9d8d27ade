package org.caravan.data.check;

import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.caravan.data.check.CheckerFixture.dataset;
import static org.caravan.data.check.CheckerFixture.feasiblePlan;

/** The feasible plan's money by hotel, nationality, role, kind and payer (see {@link FeasiblePlanTest}). */
class CostBreakdownTest {

    private final ValidDataset dataset = dataset();

    @Test
    void breaksTheFeasiblePlanDown() {
        CostBreakdown breakdown = CostBreakdown.of(dataset, feasiblePlan());

        assertThat(breakdown.total()).isEqualByComparingTo("5590.50");
        assertThat(breakdown.byKind()).containsExactly(
                entry("flights", new BigDecimal("3830.00")), entry("rooms", new BigDecimal("1685.00")),
                entry("taxes", new BigDecimal("40.50")), entry("visas", new BigDecimal("35.00")));
        // h1: rooms 475 + 380 + 240 = 1095 + taxes 20 x 1.50 = 30; h2: rooms 240 + 350 = 590 + taxes 14 x 0.75 = 10.50
        assertThat(breakdown.byHotel()).containsExactly(
                entry("h1", new BigDecimal("1125.00")), entry("h2", new BigDecimal("600.50")));
        // BF p1 772.68 + p2 772.64; DE p3 902.50; FR p7 + p8 2 x 598.75; ML p5 753.00; TD p6 947.68;
        // TN p4 244.50 + p9 0
        assertThat(breakdown.byNationality()).containsExactly(
                entry("BF", new BigDecimal("1545.32")), entry("DE", new BigDecimal("902.50")),
                entry("FR", new BigDecimal("1197.50")), entry("ML", new BigDecimal("753.00")),
                entry("TD", new BigDecimal("947.68")), entry("TN", new BigDecimal("244.50")));
        // DELEGATE p1 + p2 + p5 + p6 = 3246.00
        assertThat(breakdown.byRole()).containsExactly(
                entry("DELEGATE", new BigDecimal("3246.00")), entry("SPEAKER", new BigDecimal("902.50")),
                entry("STAFF", new BigDecimal("0.00")), entry("PRESS", new BigDecimal("1197.50")),
                entry("ORGANISER", new BigDecimal("244.50")));
        assertThat(breakdown.byPayer()).containsExactly(
                entry("fund-a", new BigDecimal("2298.32")), entry("general", new BigDecimal("2448.93")),
                entry("SELF", new BigDecimal("843.25")));
        // 6000 - (2298.32 + 2448.93); fund-a 2500 - 2298.32
        assertThat(breakdown.budgetLeft()).isEqualByComparingTo("1252.75");
        assertThat(breakdown.fundsLeft()).containsExactly(entry("fund-a", new BigDecimal("201.68")));
        // 2298.32 + 2448.93 + 843.25 = 5590.50: here the shares reconcile to the cent
        assertThat(breakdown.shareRounding()).isEqualByComparingTo("0.00");
        assertThat(breakdown.currency()).isEqualTo(dataset.dataset().event().currency());
    }

    @Test
    void overspentFundShowsANegativeRemainder() {
        ValidDataset smallFund = dataset(CheckerFixture.replace("\"amount\": 2500", "\"amount\": 2000"));

        CostBreakdown breakdown = CostBreakdown.of(smallFund, PlanChecker.check(smallFund, feasiblePlan()));

        assertThat(breakdown.fundsLeft()).containsExactly(entry("fund-a", new BigDecimal("-298.32")));
    }
}
