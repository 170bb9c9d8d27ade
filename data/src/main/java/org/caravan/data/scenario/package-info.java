/**
 * Scenarios: a dataset planned under a planner's "what if" (another budget, a hotel switched off, only direct
 * flights, priorities raised for a region, people left out), applied to a valid dataset and validated again.
 */
@NullMarked
package org.caravan.data.scenario;

import org.jspecify.annotations.NullMarked;
