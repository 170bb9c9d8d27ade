/**
 * A valid dataset compiled once into the numbers every planning model uses: the night axis, itineraries, rooms and
 * each participant's ways to come.
 */
@NullMarked
package org.caravan.data.problem;

import org.jspecify.annotations.NullMarked;
