package org.caravan.data.dataset;

/** How roommates' nationalities are weighed. */
public enum RoommateCountryMode {
    /** Penalise roommates of the same nationality. */
    MIX,
    /** Penalise roommates of different nationalities. */
    GROUP,
    IGNORE
}
