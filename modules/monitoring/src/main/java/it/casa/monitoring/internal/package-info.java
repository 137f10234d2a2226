/**
 * Monitoring's read models: the listeners that project other modules' events into them, and the queries the
 * service answers from.
 */
@NullMarked
package it.casa.monitoring.internal;

import org.jspecify.annotations.NullMarked;
