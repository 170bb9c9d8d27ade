package org.caravan.data.changes;

import org.caravan.data.check.PlanChecker;
import org.caravan.data.check.ParticipantCost;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.TinyDataset;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetForecastTest {

    private static final ValidDataset DATASET = DatasetValidator.valid(TinyDataset.valid().dataset());

    private static List<LocalDate> nights(int count) {
        return LocalDate.parse("2026-03-24").datesUntil(LocalDate.parse("2026-03-24").plusDays(count)).toList();
    }

    /** p1 (fund-a) has a ticket, p2 (the general budget) a confirmed room, p3 (SELF) nothing booked. */
    private static final Plan PLAN = new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, List.of(
            new Assignment("p1", true, "it1", "h1-101", nights(4), true, false, null),
            new Assignment("p2", true, "it2", "h1-101", nights(4), false, true, null),
            new Assignment("p3", true, null, "h2-1", nights(4), false, false, null)), null, null);

    private static BudgetForecast.Line line(BudgetForecast forecast, String payer) {
        return forecast.payers().stream().filter(line -> line.payer().equals(payer)).findFirst().orElseThrow();
    }

    @Test
    void bookedIsTheTicketsFlightAndTheConfirmedRoomsShareTheRestIsForecast() {
        Map<String, ParticipantCost> costs = PlanChecker.check(DATASET, PLAN).participantCosts();

        BudgetForecast forecast = BudgetForecast.of(DATASET, PLAN, Map.of("general", new BigDecimal("25")));

        BudgetForecast.Line fund = line(forecast, "fund-a");
        assertThat(fund.booked()).isEqualByComparingTo(costs.get("p1").flight());
        assertThat(fund.forecast()).isEqualByComparingTo(costs.get("p1").total().subtract(costs.get("p1").flight()));
        assertThat(fund.sunk()).isZero();
        assertThat(fund.left()).isEqualByComparingTo(new BigDecimal("2000").subtract(fund.committed()));
        BudgetForecast.Line general = line(forecast, "general");
        assertThat(general.booked()).isEqualByComparingTo(costs.get("p2").roomShare().add(costs.get("p2").taxes()));
        assertThat(general.sunk()).isEqualByComparingTo("25");
        assertThat(general.available()).isNull();
        assertThat(general.left()).isNull();
        BudgetForecast.Line self = line(forecast, "SELF");
        assertThat(self.booked()).isZero();
        assertThat(self.forecast()).isPositive();
        BigDecimal inBudget = fund.committed().add(general.committed());
        assertThat(forecast.total().committed()).as("SELF is not paid from the budget").isEqualByComparingTo(inBudget);
        assertThat(forecast.total().left()).isEqualByComparingTo(new BigDecimal("5000").subtract(inBudget));
    }

    @Test
    void aCancellationLeavesItsSunkCostAndItsBrokenBookingsSpent() {
        String changes = """
                {"format": "caravan-changes/1", "changes": [
                  {"type": "CANCEL_PARTICIPANT", "participant": "p2", "sunkCost": 30}]}""";
        LateChanges.Applied applied = LateChanges.apply(DATASET, PLAN, changes);
        ParticipantCost p2 = PlanChecker.check(DATASET, PLAN).participantCosts().get("p2");

        Map<String, BigDecimal> sunk = BudgetForecast.sunkCosts(DATASET, PLAN, applied, changes);

        assertThat(sunk).containsOnlyKeys("general");
        assertThat(sunk.get("general")).isEqualByComparingTo(p2.roomShare().add(p2.taxes()).add(new BigDecimal("30")));
        assertThat(BudgetForecast.sum(List.of(sunk, Map.of("general", BigDecimal.ONE))).get("general"))
                .isEqualByComparingTo(sunk.get("general").add(BigDecimal.ONE));
    }
}
