/**
 * Free Market (Mercato Libero): the accredited partner real-estate agencies and the homes they, and the agency for
 * landlords it works with directly, offer for rent; later slices add housing searches, matching, proposals and leases.
 * <p>
 * Depends on the platform: its API (partner organisations, the current user, district work, the register of personal
 * data, demo data), its {@code web} interface (problem details), its module kit ({@code module}: the declaration and
 * the clock) and its rules ({@code rules}: the agreed-rent band of each municipality, docs/adr/0027); and on
 * monitoring, whose {@code FigureSource} its figures implement (docs/adr/0016).
 */
@ApplicationModule(displayName = "Free market", allowedDependencies = { "platform", "platform :: web",
		"platform :: module", "platform :: rules", "monitoring" })
@NullMarked
package it.casa.freemarket;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
