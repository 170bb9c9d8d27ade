/**
 * From a compiled dataset to the planning model, and from a solution back to the public plan.
 */
@NullMarked
package org.caravan.solver.mapping;

import org.jspecify.annotations.NullMarked;
