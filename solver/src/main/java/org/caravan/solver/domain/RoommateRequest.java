package org.caravan.solver.domain;

/**
 * Participant {@code from} asked to share a room with {@code to}; both named by {@link Participant#getIndex()}, since
 * facts must not hold entities (the solver works on clones).
 */
public record RoommateRequest(int from, int to) {

    /** A request between two brought participants counts as unmet when both need a bed and they do not share one. */
    public static boolean unmet(Participant from, Participant to) {
        return from.needsLodging() && to.needsLodging() && !from.isRoommateOf(to);
    }
}
