/**
 * Emergency (Pronto Intervento Sociale): intake of an emergency reported by a municipality or the Carabinieri,
 * the immediate safe placement, the follow-up checklist, and the hand-over to case work.
 */
@ApplicationModule(displayName = "Emergency", allowedDependencies = "platform")
@NullMarked
package it.casa.emergency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
