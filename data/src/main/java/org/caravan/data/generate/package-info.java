/**
 * Seeded synthetic datasets of the Djerba summit.
 */
@NullMarked
package org.caravan.data.generate;

import org.jspecify.annotations.NullMarked;
