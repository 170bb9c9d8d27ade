package org.caravan.solver.domain;

/**
 * Who pays a participant's costs: a donor fund (with a cap), the general budget, or the participant themself.
 *
 * @param capCents the fund's amount; {@link #NO_CAP} for the general budget and SELF
 * @param inBudget whether spending counts against the total budget (everyone but SELF)
 * @param spentCents money this payer has already spent that no decision holds (the dataset's {@code budget.spent}):
 *         part of its spending whatever the plan decides
 */
public record Payer(String key, long capCents, boolean inBudget, Budget budget, long spentCents) {

    public static final long NO_CAP = Long.MAX_VALUE;

    public Payer(String key, long capCents, boolean inBudget, Budget budget) {
        this(key, capCents, inBudget, budget, 0L);
    }

    public boolean isCapped() {
        return capCents != NO_CAP;
    }

    @Override
    public String toString() {
        return key;
    }
}
