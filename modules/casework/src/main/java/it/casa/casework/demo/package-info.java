/**
 * Case work's demo data (docs/adr/0016): invented households, activation requests and joint interviews, filed through
 * case work's own service API, chosen so that the dashboard shows the agency's published "Fotografia" (press kit) for
 * April-May 2025.
 */
@NullMarked
package it.casa.casework.demo;

import org.jspecify.annotations.NullMarked;
