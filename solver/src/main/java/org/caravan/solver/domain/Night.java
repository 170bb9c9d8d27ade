package org.caravan.solver.domain;

import java.time.LocalDate;

/** A night of the planning horizon; {@code index} is its bit in stay masks. */
public record Night(int index, LocalDate date) {

    public long bit() {
        return 1L << index;
    }

    /** Identity: each instance is one fact; hashing its fields on every score calculation would be slow. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return index;
    }
}
