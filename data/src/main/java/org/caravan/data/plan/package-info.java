/**
 * The plan Caravan returns, in the public format caravan-plan/1 (docs/FORMAT.md).
 */
@NullMarked
package org.caravan.data.plan;

import org.jspecify.annotations.NullMarked;
