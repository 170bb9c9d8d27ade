package org.caravan.solver.domain;

/**
 * Participant {@code from} asked to share a room with {@code to}; both named by {@link Participant#getIndex()}, since
 * facts must not hold entities (the solver works on clones).
 */
public record RoommateRequest(int from, int to) {
}
