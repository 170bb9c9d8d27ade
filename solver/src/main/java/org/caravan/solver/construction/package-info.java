/**
 * The engine's first plan, built the way a careful planner would, and the plan state it asks.
 */
@NullMarked
package org.caravan.solver.construction;

import org.jspecify.annotations.NullMarked;
