/**
 * Plans side by side (what each scenario brings, costs and asks of travellers, and who is brought in one and not the
 * other) and the statistics a planner needs to tell a difference from noise.
 */
@NullMarked
package org.caravan.data.compare;

import org.jspecify.annotations.NullMarked;
