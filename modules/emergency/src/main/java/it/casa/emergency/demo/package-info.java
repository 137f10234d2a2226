/**
 * Emergency's demo data (docs/adr/0016): the social emergency service's invented calls of 2024, reported and closed
 * through emergency's own service API, chosen so that the dashboard shows the press kit's "Fotografia Pronto
 * Intervento Sociale – 2024".
 */
@NullMarked
package it.casa.emergency.demo;

import org.jspecify.annotations.NullMarked;
