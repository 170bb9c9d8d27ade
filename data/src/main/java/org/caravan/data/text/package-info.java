/**
 * The languages Caravan writes in (documents, spreadsheets, the planner's messages), and the sentences it writes in
 * each: {@link org.caravan.data.text.Text} and its catalogues.
 */
@NullMarked
package org.caravan.data.text;

import org.jspecify.annotations.NullMarked;
