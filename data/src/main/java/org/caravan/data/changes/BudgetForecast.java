package org.caravan.data.changes;

import org.caravan.data.check.CheckReport;
import org.caravan.data.check.ParticipantCost;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Participant;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.Money;
import org.caravan.data.validation.ValidDataset;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's money against what is committed, per payer and in total: what is booked (an issued ticket's flight, a
 * confirmed room's share and taxes), what the rest of the plan is forecast to cost (visas included), what stays
 * spent of cancellations and broken bookings (sunk), and what is left of each fund and of the budget. Amounts are
 * the independent checker's, so they are the plan's costs split by what is booked.
 *
 * @param currency the event's currency, or null when the dataset names none
 * @param payers funds in dataset order (always), then {@code general} and {@code SELF} when they have any amount
 * @param total every payer counted against {@code budget.total} (all but {@code SELF}), against that total
 */
public record BudgetForecast(@Nullable String currency, List<Line> payers, Line total) {

    /**
     * @param available the fund's amount, or {@code budget.total} for the total; null for general and SELF, which
     *         have no amount of their own
     * @param committed booked + forecast + sunk
     * @param left available minus committed; null when available is
     */
    public record Line(String payer, @Nullable BigDecimal available, BigDecimal booked, BigDecimal forecast,
            BigDecimal sunk, BigDecimal committed, @Nullable BigDecimal left) {
    }

    /** The forecast of a plan, with the sunk costs (per payer) of the changes that led to it. */
    public static BudgetForecast of(ValidDataset dataset, Plan plan, Map<String, BigDecimal> sunk) {
        CheckReport report = PlanChecker.check(dataset, plan);
        Map<String, Assignment> assignments = new LinkedHashMap<>();
        plan.assignments().forEach(a -> assignments.put(a.participant(), a));
        Map<String, long[]> byPayer = new LinkedHashMap<>();
        dataset.dataset().budget().funds().forEach(fund -> byPayer.put(fund.id(), new long[3]));
        byPayer.put(Fund.GENERAL, new long[3]);
        byPayer.put(Fund.SELF, new long[3]);
        for (ParticipantCost cost : report.participantCosts().values()) {
            Assignment a = assignments.get(cost.participant());
            long booked = (a.ticketIssued() ? Money.toCents(cost.flight()) : 0)
                    + (a.roomConfirmed() ? Money.toCents(cost.roomShare()) + Money.toCents(cost.taxes()) : 0);
            long[] sums = byPayer.computeIfAbsent(cost.payer(), payer -> new long[3]);
            sums[0] += booked;
            sums[1] += Money.toCents(cost.total()) - booked;
        }
        sunk.forEach((payer, amount) -> byPayer.computeIfAbsent(payer, key -> new long[3])[2] += Money.toCents(amount));
        List<Line> lines = new ArrayList<>();
        long[] inBudget = new long[3];
        byPayer.forEach((payer, sums) -> {
            Fund fund = dataset.index().fund(payer);
            if (fund == null && sums[0] == 0 && sums[1] == 0 && sums[2] == 0) {
                return;
            }
            lines.add(line(payer, fund == null ? null : fund.amount(), sums));
            if (BudgetRule.countsInBudget(payer)) {
                for (int i = 0; i < sums.length; i++) {
                    inBudget[i] += sums[i];
                }
            }
        });
        return new BudgetForecast(dataset.dataset().event().currency(), List.copyOf(lines),
                line("total", dataset.dataset().budget().total(), inBudget));
    }

    private static Line line(String payer, @Nullable BigDecimal available, long[] sums) {
        long committed = sums[0] + sums[1] + sums[2];
        return new Line(payer, available, Money.fromCents(sums[0]), Money.fromCents(sums[1]), Money.fromCents(sums[2]),
                Money.fromCents(committed), available == null ? null : Money.fromCents(Money.toCents(available) - committed));
    }

    /**
     * Per payer, what a change list leaves spent: each cancellation's {@code sunkCost}, and each booking of the
     * published plan that the changes broke, at what that plan counted for it (the ticket's flight, the confirmed
     * room's share and taxes).
     */
    public static Map<String, BigDecimal> sunkCosts(ValidDataset before, Plan published, LateChanges.Applied applied,
            String changesJson) {
        Map<String, Long> cents = new LinkedHashMap<>();
        try {
            CaravanJson.mapper().readTree(changesJson).path("changes").forEach(change -> {
                if (change.path("type").asText().equals("CANCEL_PARTICIPANT") && change.path("sunkCost").isNumber()) {
                    Participant person = before.index().participant(change.path("participant").asText());
                    cents.merge(person.payer(), Money.toCents(change.path("sunkCost").decimalValue()), Long::sum);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The changes were applied, so they are JSON", e);
        }
        Map<String, Assignment> after = new LinkedHashMap<>();
        applied.plan().assignments().forEach(a -> after.put(a.participant(), a));
        CheckReport counted = PlanChecker.check(before, published);
        for (Assignment was : published.assignments()) {
            ParticipantCost cost = counted.participantCosts().get(was.participant());
            if (cost == null) {
                continue;
            }
            Assignment now = after.get(was.participant());
            long spent = 0;
            if (was.ticketIssued() && (now == null || !now.ticketIssued())) {
                spent += Money.toCents(cost.flight());
            }
            if (was.roomConfirmed() && (now == null || !now.roomConfirmed())) {
                spent += Money.toCents(cost.roomShare()) + Money.toCents(cost.taxes());
            }
            if (spent > 0) {
                cents.merge(cost.payer(), spent, Long::sum);
            }
        }
        return amounts(cents);
    }

    /** The sum, per payer, of several change lists' sunk costs. */
    public static Map<String, BigDecimal> sum(Collection<Map<String, BigDecimal>> sunk) {
        Map<String, Long> cents = new LinkedHashMap<>();
        sunk.forEach(each -> each.forEach((payer, amount) -> cents.merge(payer, Money.toCents(amount), Long::sum)));
        return amounts(cents);
    }

    private static Map<String, BigDecimal> amounts(Map<String, Long> cents) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        cents.forEach((payer, amount) -> amounts.put(payer, Money.fromCents(amount)));
        return amounts;
    }
}
