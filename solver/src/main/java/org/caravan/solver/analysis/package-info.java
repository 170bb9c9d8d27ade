/**
 * How the engine works out its explanations and why each participant left out was left out.
 */
@NullMarked
package org.caravan.solver.analysis;

import org.jspecify.annotations.NullMarked;
