package org.caravan.data.compare;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One plan's column of a comparison: its score, the people it brings (counted by priority, role, nationality, gender
 * and delegation), where its money goes, what it asks of travellers, and its statistics. Every figure is the
 * independent checker's, recomputed from the dataset the plan was solved from.
 *
 * @param priorityBrought the summed priority of the people brought (what the medium score counts, from the other side)
 * @param budgetLeft the budget minus what payers other than SELF pay
 */
public record PlanSide(
        String label,
        String dataset,
        boolean feasible,
        long hard,
        long medium,
        BigDecimal soft,
        int participants,
        int brought,
        long priorityBrought,
        Map<String, Long> broughtByPriority,
        Map<String, Long> broughtByRole,
        Map<String, Long> broughtByCountry,
        Map<String, Long> broughtByGender,
        Map<String, Long> broughtByDelegation,
        BigDecimal cost,
        BigDecimal budget,
        BigDecimal budgetLeft,
        Map<String, BigDecimal> costByKind,
        Map<String, BigDecimal> costByFund,
        Map<String, BigDecimal> costByHotel,
        Map<String, BigDecimal> costByCountry,
        Comfort comfort,
        PlanStatistics statistics) {

    /**
     * What the plan asks of the people it brings: connections and hours of travel (both directions, of those who
     * fly), layovers longer than the long-layover threshold, roommates without a common language and roommate
     * requests not honoured. The last two are counted from the checker's penalties; null when the scenario weighs
     * the rule at zero (it is then not counted).
     */
    public record Comfort(long stops, BigDecimal travelHours, long longLayovers, Long languageMismatches,
            Long requestsUnmet) {
    }
}
