package org.caravan.api.plans;

import io.swagger.v3.oas.annotations.media.Schema;
import org.caravan.data.check.Breach;
import org.caravan.data.check.CheckReport;
import org.caravan.data.plan.Costs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The independent checker's verdict on a submitted plan, with its figures per rule. */
@Schema(description = "What the independent checker (the CLI's `check`) recomputed from the dataset version and the plan")
public record PlanCheck(
        @Schema(description = "FEASIBLE when the plan breaks no hard rule, else INFEASIBLE") String verdict,
        @Schema(description = "true when every figure the plan states (score, costs, penalties, nights) is what the checker finds")
        boolean consistent,
        @Schema(description = "Each hard rule with its breaches: how many and their summed degree (0 when kept)")
        List<CheckReport.RuleTally> hardRules,
        @Schema(description = "Each soft rule's money value in the plan, by the key of its weight in policy.weights") Map<String, BigDecimal> penalties,
        @Schema(description = "The recomputed costs, in the event currency") Costs costs,
        @Schema(description = "The recomputed score: hard, medium and soft (cents)") Score score,
        @Schema(description = "Every breach of a hard rule, with the ids it concerns") List<Breach> breaches,
        @Schema(description = "Where the plan disagrees with the dataset or with the recomputation") List<String> inconsistencies) {

    public record Score(long hard, long medium, long softCents) {
    }

    static PlanCheck of(CheckReport report) {
        return new PlanCheck(report.feasible() ? "FEASIBLE" : "INFEASIBLE", report.consistent(), report.tallies(),
                report.penalties(),
                report.costs(), new Score(report.hardScore(), report.mediumScore(), report.softCents()), report.breaches(),
                report.inconsistencies());
    }
}
