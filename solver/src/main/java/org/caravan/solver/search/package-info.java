/**
 * Search helpers that solver configurations name by class: filters that keep the search off moves the hard rules would
 * reject anyway, and moves the generic selectors cannot make (bringing one person while dropping another of the same
 * payer). Each reads the planning model only; none changes it except through the solver's own moves.
 */
@NullMarked
package org.caravan.solver.search;

import org.jspecify.annotations.NullMarked;
