/**
 * Cases that other modules refer to case work: the listeners that turn their events into cases through casework's
 * own API.
 */
@NullMarked
package it.casa.casework.intake;

import org.jspecify.annotations.NullMarked;
