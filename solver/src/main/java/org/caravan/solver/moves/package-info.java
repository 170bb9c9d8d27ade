/**
 * Which participants a move may touch: what is booked or out of reach is never proposed, so the search spends its
 * steps on decisions it may change. Named in the solver configurations as entity selector filters.
 */
@NullMarked
package org.caravan.solver.moves;

import org.jspecify.annotations.NullMarked;
