/**
 * Spreadsheets in and out: a coordinator's workbooks and CSV files read into a dataset (docs/SPREADSHEETS.md), and a
 * dataset written back as sheets and templates.
 */
@NullMarked
package org.caravan.data.sheets;

import org.jspecify.annotations.NullMarked;
