/**
 * The languages Caravan writes documents and spreadsheets in.
 */
@NullMarked
package org.caravan.data.text;

import org.jspecify.annotations.NullMarked;
