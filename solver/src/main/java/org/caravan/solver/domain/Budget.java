package org.caravan.solver.domain;

/** The total budget over everyone not self-funded. */
public record Budget(long totalCents) {
}
