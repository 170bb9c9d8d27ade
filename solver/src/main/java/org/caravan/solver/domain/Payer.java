package org.caravan.solver.domain;

/**
 * Who pays a participant's costs: a donor fund (with a cap), the general budget, or the participant themself.
 *
 * @param capCents the fund's amount; {@link #NO_CAP} for the general budget and SELF
 * @param inBudget whether spending counts against the total budget (everyone but SELF)
 */
public record Payer(String key, long capCents, boolean inBudget, Budget budget) {

    public static final long NO_CAP = Long.MAX_VALUE;

    public boolean isCapped() {
        return capCents != NO_CAP;
    }

    @Override
    public String toString() {
        return key;
    }
}
