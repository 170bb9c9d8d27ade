package org.caravan.data.check;

import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Role;
import org.caravan.data.plan.Plan;
import org.caravan.data.rules.BudgetRule;
import org.caravan.data.rules.Money;
import org.caravan.data.validation.DatasetIndex;
import org.caravan.data.validation.ValidDataset;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a plan's money goes, recomputed by the {@link PlanChecker}: for the cost endpoint and the command line.
 *
 * <p>Two kinds of sums, as docs/RULES.md says: {@code total}, {@code byKind} and {@code byHotel} count each
 * room-night at its price (what hotels bill); {@code byPayer}, {@code byNationality} and {@code byRole} add up
 * participants' shares (what funds pay), which can differ from the price by a cent per shared room-night.
 *
 * @param currency the event's currency (every amount here is in it), or null when the dataset names none
 * @param total flights + rooms + taxes + visas (+ spent)
 * @param byKind {@code flights}, {@code rooms}, {@code taxes}, {@code visas}, and {@code spent} when the dataset has
 *         money already spent that no decision holds (late changes' sunk costs and broken bookings)
 * @param byPayer fund id, {@code general} or {@code SELF}: the payers with brought participants
 * @param shareRounding {@code total} minus the sum of {@code byPayer}: what rounding the shares of shared room-nights
 *         to the cent leaves over (negative when the shares add up to more), so that the two sums reconcile
 * @param byHotel per hotel used, in dataset order: the price of its used room-nights plus the taxes of the
 *         participants in its rooms
 * @param byNationality per nationality (alphabetical): the brought participants' costs, shares included
 * @param byRole per role (in {@link Role} order): the same
 * @param budgetLeft {@code budget.total} minus what payers other than SELF pay
 * @param fundsLeft per fund of the dataset, in dataset order: its amount minus what it pays (negative when over)
 */
public record CostBreakdown(
        @Nullable String currency,
        BigDecimal total,
        Map<String, BigDecimal> byKind,
        Map<String, BigDecimal> byPayer,
        BigDecimal shareRounding,
        Map<String, BigDecimal> byHotel,
        Map<String, BigDecimal> byNationality,
        Map<String, BigDecimal> byRole,
        BigDecimal budgetLeft,
        Map<String, BigDecimal> fundsLeft) {

    public static CostBreakdown of(ValidDataset valid, Plan plan) {
        return of(valid, PlanChecker.check(valid, plan));
    }

    /** The breakdown of a report already computed for this dataset. */
    public static CostBreakdown of(ValidDataset valid, CheckReport report) {
        Dataset dataset = valid.dataset();
        DatasetIndex index = valid.index();
        Map<String, BigDecimal> byKind = new LinkedHashMap<>();
        byKind.put("flights", report.costs().flights());
        byKind.put("rooms", report.costs().rooms());
        byKind.put("taxes", report.costs().taxes());
        byKind.put("visas", report.costs().visas());
        if (report.costs().spent() != null) {
            byKind.put("spent", report.costs().spent());
        }

        Map<String, Long> hotelCents = new LinkedHashMap<>();
        dataset.hotels().forEach(hotel -> hotelCents.put(hotel.id(), 0L));
        report.roomCosts().forEach((room, cost) -> hotelCents.merge(hotelOf(index, room), Money.toCents(cost), Long::sum));
        Map<String, Long> nationalityCents = new TreeMap<>();
        Map<Role, Long> roleCents = new TreeMap<>();
        for (ParticipantCost cost : report.participantCosts().values()) {
            Participant participant = index.participant(cost.participant());
            if (cost.room() != null) {
                hotelCents.merge(hotelOf(index, cost.room()), Money.toCents(cost.taxes()), Long::sum);
            }
            nationalityCents.merge(participant.nationality(), Money.toCents(cost.total()), Long::sum);
            roleCents.merge(participant.role(), Money.toCents(cost.total()), Long::sum);
        }
        // Only hotels where someone sleeps, in dataset order (a free hotel someone sleeps in shows at 0.00).
        Set<String> usedHotels = new HashSet<>();
        report.participantCosts().values().stream().filter(cost -> cost.room() != null)
                .forEach(cost -> usedHotels.add(hotelOf(index, cost.room())));
        Map<String, BigDecimal> byHotel = new LinkedHashMap<>();
        hotelCents.forEach((hotel, cents) -> {
            if (usedHotels.contains(hotel)) {
                byHotel.put(hotel, Money.fromCents(cents));
            }
        });
        Map<String, BigDecimal> byNationality = new LinkedHashMap<>();
        nationalityCents.forEach((nationality, cents) -> byNationality.put(nationality, Money.fromCents(cents)));
        Map<String, BigDecimal> byRole = new LinkedHashMap<>();
        roleCents.forEach((role, cents) -> byRole.put(role.name(), Money.fromCents(cents)));

        Map<String, BigDecimal> byPayer = report.costs().byFund();
        Map<String, BigDecimal> fundsLeft = new LinkedHashMap<>();
        Budget budget = dataset.budget();
        long spentInBudget = byPayer.entrySet().stream().filter(entry -> BudgetRule.countsInBudget(entry.getKey()))
                .mapToLong(entry -> Money.toCents(entry.getValue())).sum();
        BigDecimal budgetLeft = Money.fromCents(Money.toCents(budget.total()) - spentInBudget);
        for (Fund fund : budget.funds()) {
            long spent = Money.toCents(byPayer.getOrDefault(fund.id(), BigDecimal.ZERO));
            fundsLeft.put(fund.id(), Money.fromCents(Money.toCents(fund.amount()) - spent));
        }
        long paidCents = byPayer.values().stream().mapToLong(Money::toCents).sum();
        BigDecimal shareRounding = Money.fromCents(Money.toCents(report.costs().total()) - paidCents);
        return new CostBreakdown(dataset.event().currency(), report.costs().total(), Collections.unmodifiableMap(byKind),
                byPayer, shareRounding,
                Collections.unmodifiableMap(byHotel), Collections.unmodifiableMap(byNationality),
                Collections.unmodifiableMap(byRole), budgetLeft, Collections.unmodifiableMap(fundsLeft));
    }

    private static String hotelOf(DatasetIndex index, String roomId) {
        return index.hotelOfRoom(roomId).id();
    }
}
