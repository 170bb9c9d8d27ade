package org.caravan.solver.domain;

/** A flight segment with a seat limit (group fare); segments without a limit are not modelled. */
public record FlightLeg(String id, int seats) {

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
