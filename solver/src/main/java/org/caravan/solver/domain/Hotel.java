package org.caravan.solver.domain;

/**
 * A hotel as the rules see it.
 *
 * @param belowVipStars fewer stars than the policy wants for VIPs and speakers
 */
public record Hotel(String id, String name, int stars, long taxCentsPerPersonNight, boolean belowVipStars) {

    /** Identity: each instance is one fact; hashing its fields on every score calculation would be slow. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
