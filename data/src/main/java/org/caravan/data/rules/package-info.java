/**
 * The rule book: every rule of docs/RULES.md that more than one part of Caravan applies (stay nights, who may share
 * a room, shuttle slots, weights, travel hours, the horizon, money, the hard and soft rules), defined once. The
 * solver, the checker and the benchmark peers call it; each still adds up the score its own way.
 */
@NullMarked
package org.caravan.data.rules;

import org.jspecify.annotations.NullMarked;
