/**
 * Every rule as a Timefold constraint.
 */
@NullMarked
package org.caravan.solver.rules;

import org.jspecify.annotations.NullMarked;
