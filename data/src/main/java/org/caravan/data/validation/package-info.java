/**
 * Loading and validating a dataset into a {@link org.caravan.data.validation.ValidDataset}, with the index that
 * validation computes.
 */
@NullMarked
package org.caravan.data.validation;

import org.jspecify.annotations.NullMarked;
