package org.caravan.data.rules;

import org.caravan.data.dataset.Fund;

/** Who counts against {@code budget.total} (docs/RULES.md, Money): every payer but {@code SELF}. */
public final class BudgetRule {

    private BudgetRule() {
    }

    /** @param payer a fund id, {@code general} or {@code SELF}, as {@code Participant.payer()} gives it */
    public static boolean countsInBudget(String payer) {
        return !Fund.SELF.equals(payer);
    }
}
