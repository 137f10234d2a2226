/**
 * Demo data (Spring profile {@code demo}, refused with {@code prod}): invented households, activation requests,
 * interviews and emergencies, filed through case work's and emergency's service APIs so that their events flow as in
 * real life, chosen so that the dashboard shows the agency's published "Fotografia" (press kit): April-May 2025 and
 * the social emergency service's 2024.
 */
@NullMarked
package it.casa.monitoring.demo;

import org.jspecify.annotations.NullMarked;
