/**
 * The dataset a planner submits, in the public format caravan-dataset/1 (docs/FORMAT.md): records named as the
 * contract names them. Fields the format lets be absent are {@code @Nullable}; a dataset read but not yet validated
 * may lack others, which the validator reports.
 */
@NullMarked
package org.caravan.data.dataset;

import org.jspecify.annotations.NullMarked;
