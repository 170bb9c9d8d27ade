/**
 * Reading and writing the public formats.
 */
@NullMarked
package org.caravan.data.json;

import org.jspecify.annotations.NullMarked;
