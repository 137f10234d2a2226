/**
 * Monitoring: the district's published figures ("Fotografie"), dashboards and exports, built from the other
 * modules' events into read models of its own (docs/adr/0010); and the optional demo data that reproduces the
 * agency's press kit.
 */
@ApplicationModule(displayName = "Monitoring",
		// casework and emergency: their events (the facts of each request, each emergency) feed the figures; the demo
		// data is filed through their service APIs. Neither depends on monitoring. The platform's module kit: the
		// module's declaration and rights.
		allowedDependencies = { "platform", "platform :: web", "platform :: module", "casework", "emergency" })
@NullMarked
package it.casa.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
