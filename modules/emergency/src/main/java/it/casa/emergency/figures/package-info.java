/**
 * Emergency's figures in Monitoring (docs/adr/0016, docs/adr/0010): the projection of emergency's events into the
 * district's emergency facts, the query that counts them, and the social emergency service's section of the
 * Fotografia and the exports, through Monitoring's {@code FigureSource}.
 */
@NullMarked
package it.casa.emergency.figures;

import org.jspecify.annotations.NullMarked;
