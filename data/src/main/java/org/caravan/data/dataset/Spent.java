package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * Money already spent that no decision of a plan holds any more (docs/FORMAT.md, "Late changes"): the sunk cost of a
 * cancellation, a broken booking's ticket or room. It stays in its payer's costs, the fund and the budget, whatever
 * the plan decides.
 *
 * @param payer who paid: a fund id, {@code general} or {@code SELF}, as the participant's {@code payer()} was
 * @param participant whom it was spent on, when one person (may no longer be in the dataset)
 * @param reason the planner's sentence: what was bought and why it is lost
 */
public record Spent(String payer, BigDecimal amount, @Nullable String participant, @Nullable String reason) {
}
