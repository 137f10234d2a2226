/**
 * Monitoring: the district's published figures ("Fotografie"), dashboards and exports, built from the other
 * modules' events into read models of its own.
 */
@ApplicationModule(displayName = "Monitoring", allowedDependencies = "platform")
@NullMarked
package it.casa.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
