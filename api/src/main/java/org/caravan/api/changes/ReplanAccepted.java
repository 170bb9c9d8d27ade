package org.caravan.api.changes;

import io.swagger.v3.oas.annotations.media.Schema;
import org.caravan.api.dataset.DatasetVersionSummary;
import org.caravan.api.solve.PlanView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Late changes or bookings applied: the dataset version they made and the re-plan queued from it. */
public record ReplanAccepted(
        @Schema(description = "The re-plan, queued; its parentPlanId is the plan the changes were posted to") PlanView plan,
        @Schema(description = "The dataset version the changes made (origin CHANGES), with the version it was made from")
        DatasetVersionSummary datasetVersion,
        @Schema(description = "What each change did, in order, each line starting with its path ($.changes[i])")
        List<String> report,
        @Schema(description = "Bookings a change removed: paid all the same, the people planned again around them")
        List<String> brokenBookings,
        @Schema(description = "Per payer, the money these changes leave spent: cancellations' sunk costs and broken "
                + "bookings") Map<String, BigDecimal> sunkCosts,
        @Schema(description = "The caravan-changes/1 document applied (for bookings, the one built from the request)")
        String changes) {
}
