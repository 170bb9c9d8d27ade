/**
 * The engine (its public surface): {@link org.caravan.solver.PlanningEngine} with its options, progress reports and
 * stop control; the explanations it gives are in {@code org.caravan.solver.explain}. Every other package of the
 * module is its inside.
 */
@NullMarked
package org.caravan.solver;

import org.jspecify.annotations.NullMarked;
