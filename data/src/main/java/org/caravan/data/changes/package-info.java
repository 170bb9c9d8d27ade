/**
 * Late changes (caravan-changes/1, docs/FORMAT.md "Late changes"): what happened since a plan was published, applied
 * in order to the dataset it was made from, with the bookings it records set on the plan.
 */
@NullMarked
package org.caravan.data.changes;

import org.jspecify.annotations.NullMarked;
