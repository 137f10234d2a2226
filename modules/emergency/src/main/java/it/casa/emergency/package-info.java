/**
 * Emergency (Pronto Intervento Sociale): intake of an emergency reported by a municipality or the Carabinieri,
 * the immediate safe placement, the follow-up checklist, and the hand-over to case work.
 * <p>
 * Depends on the platform (its API; its {@code web} interface, through which the controllers answer failures with the
 * same problem details as every module; and its module kit, {@code module}: the module's declaration and rights, the
 * work context and the clock) and on monitoring, whose {@code FigureSource} its figures implement (docs/adr/0016).
 */
@ApplicationModule(displayName = "Emergency",
		allowedDependencies = { "platform", "platform :: web", "platform :: module", "monitoring" })
@NullMarked
package it.casa.emergency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
