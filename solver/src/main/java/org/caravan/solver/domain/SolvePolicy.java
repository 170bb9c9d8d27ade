package org.caravan.solver.domain;

import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.dataset.Weights;
import org.caravan.data.rules.SoftRule;

import java.util.Arrays;

/**
 * The policy a solve scores by, as one problem fact: the switch for roommates' nationalities and the money weight of
 * each soft rule, in cents per unit ({@link SoftRule#weightCents}). A rule whose weight is zero is switched off: it
 * matches nothing. The rules that need a weight join this fact; a stage that scores by other weights (the money-first
 * stage) gets its own.
 */
public final class SolvePolicy {

    private final RoommateCountryMode roommateCountry;
    /** By {@link SoftRule#ordinal()}: read on every match, so an array, not a map. */
    private final long[] centsByRule;

    private SolvePolicy(RoommateCountryMode roommateCountry, long[] centsByRule) {
        this.roommateCountry = roommateCountry;
        this.centsByRule = centsByRule;
    }

    /** The dataset policy's: its roommate-country mode and its weights (an absent weight has its default already). */
    public static SolvePolicy of(RoommateCountryMode roommateCountry, Weights weights) {
        long[] cents = new long[SoftRule.values().length];
        for (SoftRule rule : SoftRule.values()) {
            long weight = rule.weightCents(weights);
            if (weight < 0) {
                throw new IllegalArgumentException("The weight of %s (%d cents) is negative; it must be 0 (off) or more"
                        .formatted(rule.key(), weight));
            }
            cents[rule.ordinal()] = weight;
        }
        return new SolvePolicy(roommateCountry, cents);
    }

    /** The same policy with one rule's weight changed; zero switches it off. */
    public SolvePolicy withWeight(SoftRule rule, long cents) {
        long[] changed = Arrays.copyOf(centsByRule, centsByRule.length);
        changed[rule.ordinal()] = cents;
        return new SolvePolicy(roommateCountry, changed);
    }

    public RoommateCountryMode roommateCountry() {
        return roommateCountry;
    }

    /** The rule's weight in cents per unit of it. */
    public long cents(SoftRule rule) {
        return centsByRule[rule.ordinal()];
    }

    /** Whether the rule counts at all (a weight of zero switches it off). */
    public boolean weighs(SoftRule rule) {
        return centsByRule[rule.ordinal()] != 0;
    }

    /** Whether two roommates' nationalities go against the roommate-country switch. */
    public boolean againstRoommateCountry(Participant a, Participant b) {
        return switch (roommateCountry) {
            case MIX -> a.getNationality().equals(b.getNationality());
            case GROUP -> !a.getNationality().equals(b.getNationality());
            case IGNORE -> false;
        };
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("roommateCountry=").append(roommateCountry);
        for (SoftRule rule : SoftRule.values()) {
            text.append(", ").append(rule.key()).append('=').append(cents(rule));
        }
        return text.toString();
    }
}
