package org.caravan.api.changes;

import io.swagger.v3.oas.annotations.media.Schema;
import org.caravan.data.changes.ChangeList;

import java.util.List;

/** The change list between two plans of one dataset, for the travellers, the hotels and the budget holders. */
public record ChangeListView(
        long fromPlanId,
        @Schema(description = "The earlier plan's version among the dataset's plans") int fromPlanVersion,
        int fromDatasetVersion,
        long toPlanId,
        int toPlanVersion,
        int toDatasetVersion,
        @Schema(description = "When the later plan is the re-plan of the earlier one: what its changes did") List<String> report,
        @Schema(description = "When the later plan is the re-plan of the earlier one: the bookings its changes broke")
        List<String> brokenBookings,
        @Schema(description = "Who moved, from what to what, and the changes that concern them (or \"collateral\")")
        List<ChangeList.Row> participants,
        @Schema(description = "Per hotel, the guests added, removed, moved to another room or with other nights")
        List<ChangeList.HotelRow> hotels,
        @Schema(description = "Cost per payer then total: before, after, after minus before") List<ChangeList.Amounts> costs,
        @Schema(description = "Score: hard, medium, soft, then each soft rule's penalty; before, after, difference")
        List<ChangeList.Amounts> score,
        @Schema(description = "People who moved, beyond those the changes add or cancel") long moved,
        @Schema(description = "Of them, those no change concerned") long collateral) {
}
