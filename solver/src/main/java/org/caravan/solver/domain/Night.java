package org.caravan.solver.domain;

import java.time.LocalDate;

/** A night of the planning horizon; {@code index} is its bit in stay masks. */
public record Night(int index, LocalDate date) {

    public long bit() {
        return 1L << index;
    }
}
