package org.caravan.data.dataset;

public record Needs(boolean singleRoom, boolean accessibleRoom) {

    public static final Needs NONE = new Needs(false, false);
}
