/**
 * Case work's figures in Monitoring (docs/adr/0016, docs/adr/0010): the projection of case work's events into the
 * district's request and interview facts, the queries that count them, and the requests' section of the Fotografia
 * and the exports, through Monitoring's {@code FigureSource}.
 */
@NullMarked
package it.casa.casework.figures;

import org.jspecify.annotations.NullMarked;
