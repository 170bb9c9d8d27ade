/**
 * What the engine says about a plan: the score by rule, one participant's placement, recommendations.
 */
@NullMarked
package org.caravan.solver.explain;

import org.jspecify.annotations.NullMarked;
