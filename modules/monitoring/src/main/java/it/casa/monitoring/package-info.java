/**
 * Monitoring: the district's published figures ("Fotografie"), dashboards and exports. Each function module brings its
 * figures through {@link it.casa.monitoring.FigureSource} (docs/adr/0016): its projection into read models of its own
 * (docs/adr/0010), its dashboard parts, its sections of the exports and its words. Monitoring composes them, decides
 * which municipalities a user sees, hides small counts for outside readers, and depends on no function module.
 */
@ApplicationModule(displayName = "Monitoring",
		// The platform's module kit: the module's declaration and rights, the district clock.
		allowedDependencies = { "platform", "platform :: web", "platform :: module" })
@NullMarked
package it.casa.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
