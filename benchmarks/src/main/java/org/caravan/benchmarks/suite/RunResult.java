package org.caravan.benchmarks.suite;

/**
 * One cell of the benchmark: one contender on one dataset for one wall time, judged by the checker. Times in
 * milliseconds, money in the event currency (cents / 100 as a plain number for the CSV), memory in bytes and kB.
 * Fields that do not apply to a contender are null.
 *
 * @param broughtPriority priority-weighted participants brought (total priority + score.medium)
 * @param timeToFirstFeasibleMs when the contender first held a plan without hard breaches (its own report; for
 *     Caravan from the progress listener, for CP-SAT its first solution, for the greedy its run time)
 * @param scoreCalculationSpeed score calculations per second, for Caravan where the engine reports it
 * @param status contender's own status: CP-SAT's OPTIMAL/FEASIBLE/UNKNOWN/INFEASIBLE, or an error message
 * @param boundMedium for the bound row: no feasible plan has a higher score.medium
 * @param boundLeastCost for the bound row: least money and penalties at that medium
 */
public record RunResult(
        String dataset,
        int participants,
        String contender,
        int seconds,
        Boolean feasible,
        Long hard,
        Long medium,
        Long broughtPriority,
        Long totalPriority,
        Integer brought,
        Double totalCost,
        Double soft,
        Double penalties,
        Long timeToFirstFeasibleMs,
        long wallMs,
        Double scoreCalculationSpeed,
        Long heapPeakBytes,
        Long rssPeakKb,
        String status,
        Long boundMedium,
        Double boundLeastCost,
        String boundSource) {
}
