/**
 * The independent checker: it recomputes a plan's breaches, score, costs and penalties from the dataset alone.
 */
@NullMarked
package org.caravan.data.check;

import org.jspecify.annotations.NullMarked;
