package org.caravan.data.problem;

import java.time.LocalDate;

/** A night of the planning horizon, named by the date it starts; {@code index} is its bit in stay masks. */
public record Night(int index, LocalDate date) {

    public long bit() {
        return 1L << index;
    }
}
