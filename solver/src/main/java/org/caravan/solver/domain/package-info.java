/**
 * The planning model: participants (the entity) with their itinerary and room, and the facts the rules read.
 */
@NullMarked
package org.caravan.solver.domain;

import org.jspecify.annotations.NullMarked;
