/**
 * What planners hand on: rooming lists for hotels, flight manifests for airlines, shuttle runs.
 */
@NullMarked
package org.caravan.data.export;

import org.jspecify.annotations.NullMarked;
