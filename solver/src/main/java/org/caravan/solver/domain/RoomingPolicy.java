package org.caravan.solver.domain;

import org.caravan.data.dataset.RoommateCountryMode;

/** The policy's switch for roommates' nationalities. */
public record RoomingPolicy(RoommateCountryMode roommateCountry) {
}
