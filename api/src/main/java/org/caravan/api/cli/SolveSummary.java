package org.caravan.api.cli;

import org.caravan.data.check.CostBreakdown;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Participant;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code solve} prints at the end, as a planner reads it: who comes and who does not and why (by name), what
 * it costs and who pays, in the event's currency, in aligned columns; the score in words, not in solver notation.
 */
final class SolveSummary {

    /** How many names are listed per reason before "and N more". */
    static final int NAMES_PER_REASON = 12;

    private static final Map<NotBroughtReason.Code, String> REASONS = new EnumMap<>(Map.of(
            NotBroughtReason.Code.NO_ITINERARY, "no itinerary fits their dates and airports",
            NotBroughtReason.Code.WRONG_HOME_AIRPORT, "no offer leaves from their home airport",
            NotBroughtReason.Code.ARRIVAL_OUTSIDE_WINDOW, "every offer arrives outside the arrival window",
            NotBroughtReason.Code.DEPARTURE_OUTSIDE_WINDOW, "every offer leaves outside the departure window",
            NotBroughtReason.Code.VISA_NOT_OBTAINABLE, "no visa can be obtained in time",
            NotBroughtReason.Code.NO_SEATS, "the flights they could take are full",
            NotBroughtReason.Code.NO_COMPATIBLE_ROOM, "no room they may sleep in is free",
            NotBroughtReason.Code.BUDGET, "the overall budget ran out",
            NotBroughtReason.Code.PRIORITY_TRADE_OFF, "bringing them would leave out more priority elsewhere"));

    private SolveSummary() {
    }

    static String of(ValidDataset valid, Plan plan) {
        Dataset dataset = valid.dataset();
        String currency = dataset.event().currency() == null ? "" : " " + dataset.event().currency();
        Map<String, Participant> people = dataset.participants().stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        Map<String, String> fundNames = new LinkedHashMap<>();
        dataset.budget().funds().forEach(fund -> fundNames.put(fund.id(), fund.name() == null ? fund.id() : fund.name()));
        fundNames.put(Fund.SELF, "the participants themselves");
        fundNames.putIfAbsent("general", "the general budget");

        StringBuilder text = new StringBuilder();
        long brought = plan.assignments().stream().filter(Assignment::brought).count();
        int everyone = plan.assignments().size();
        text.append(System.lineSeparator());
        text.append(plan.feasible() ? "The plan is feasible: every hard rule is met." :
                "The plan is NOT feasible: " + -plan.score().hard() + " hard rule points are broken; see the check.")
                .append(System.lineSeparator());
        BigDecimal nuisances = plan.penalties().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        text.append("%d of %d people brought; priority left out: %d points; comfort rules weigh %s%s beyond the cost."
                .formatted(brought, everyone, -plan.score().medium(), amount(nuisances), currency))
                .append(System.lineSeparator()).append(System.lineSeparator());

        List<String[]> money = new ArrayList<>();
        money.add(row("Total cost", plan.costs().total(), currency));
        money.add(row("  flights", plan.costs().flights(), currency));
        money.add(row("  rooms", plan.costs().rooms(), currency));
        money.add(row("  taxes", plan.costs().taxes(), currency));
        money.add(row("  visas", plan.costs().visas(), currency));
        CostBreakdown breakdown = CostBreakdown.of(valid, plan);
        breakdown.byPayer().forEach((payer, paid) ->
                money.add(row("Paid by " + fundNames.getOrDefault(payer, payer), paid, currency)));
        if (breakdown.shareRounding().signum() != 0) {
            money.add(row("Rounding of shared rooms' shares", breakdown.shareRounding(), currency));
        }
        if (breakdown.budgetLeft() != null) {
            money.add(row("Budget left", breakdown.budgetLeft(), currency));
        }
        breakdown.fundsLeft().forEach((fund, left) ->
                money.add(row("Left in " + fundNames.getOrDefault(fund, fund), left, currency)));
        int labelWidth = money.stream().mapToInt(line -> line[0].length()).max().orElse(0);
        int amountWidth = money.stream().mapToInt(line -> line[1].length()).max().orElse(0);
        money.forEach(line -> text.append(("%-" + labelWidth + "s  %" + amountWidth + "s%n").formatted(line[0], line[1])));

        Map<String, List<Participant>> notBrought = new LinkedHashMap<>();
        for (Assignment assignment : plan.assignments()) {
            if (assignment.brought()) {
                continue;
            }
            Participant person = people.get(assignment.participant());
            notBrought.computeIfAbsent(reason(assignment, person, fundNames), key -> new ArrayList<>()).add(person);
        }
        if (!notBrought.isEmpty()) {
            text.append(System.lineSeparator()).append("%d %s not brought:%n"
                    .formatted(everyone - brought, everyone - brought == 1 ? "person" : "people"));
            notBrought.forEach((reason, who) -> {
                String names = who.stream().limit(NAMES_PER_REASON).map(p -> p.name() + " (" + p.id() + ")")
                        .collect(Collectors.joining(", "));
                String more = who.size() > NAMES_PER_REASON ? " and " + (who.size() - NAMES_PER_REASON) + " more" : "";
                text.append("  %d because %s: %s%s%n".formatted(who.size(), reason, names, more));
            });
        }
        Map<String, BigDecimal> penalties = new LinkedHashMap<>();
        plan.penalties().forEach((rule, cost) -> {
            if (cost.signum() != 0) {
                penalties.put(rule, cost);
            }
        });
        if (!penalties.isEmpty()) {
            text.append(System.lineSeparator()).append("Comfort and preferences, what they cost:").append(System.lineSeparator());
            int width = penalties.keySet().stream().mapToInt(String::length).max().orElse(0);
            int amounts = penalties.values().stream().mapToInt(cost -> amount(cost).length()).max().orElse(0);
            penalties.forEach((rule, cost) -> text.append(("  %-" + width + "s  %" + amounts + "s%s%n")
                    .formatted(rule, amount(cost), currency)));
        }
        return text.toString();
    }

    /** The first reason in words; a fund that ran out is named. */
    private static String reason(Assignment assignment, Participant person, Map<String, String> fundNames) {
        if (assignment.whyNotBrought() == null || assignment.whyNotBrought().isEmpty()) {
            return "no reason was recorded";
        }
        NotBroughtReason.Code code = assignment.whyNotBrought().get(0).code();
        if (code == NotBroughtReason.Code.FUND_EXHAUSTED) {
            String fund = person.fund() == null ? "general" : person.fund();
            return "the fund " + fundNames.getOrDefault(fund, fund) + " ran out";
        }
        return REASONS.getOrDefault(code, code.name());
    }

    private static String[] row(String label, BigDecimal value, String currency) {
        return new String[] {label, amount(value) + currency};
    }

    /** An amount with thousands separated and two decimals: 162,480.00. */
    static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
