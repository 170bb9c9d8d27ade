package org.caravan.solver.domain;

/** A flight segment with a seat limit (group fare); segments without a limit are not modelled. */
public record Segment(String id, int seats) {
}
