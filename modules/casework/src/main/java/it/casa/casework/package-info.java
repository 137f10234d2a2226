/**
 * Case work, the agency's method: activation request, triage on the four grades, joint interview, individual
 * project, shared notes and closure with restitution, shared by the municipality and the agency.
 * <p>
 * Depends on the platform, and on emergency: a household an emergency hands over becomes a grade-4 case here, read
 * through emergency's {@code EmergencyReferrals} when its {@code EmergencyHandedOver} event arrives (emergency knows
 * nothing of case work); and on monitoring, whose {@code FigureSource} its figures implement (docs/adr/0016). Its
 * controllers answer failures through the platform's {@code web} interface ({@code ModuleProblemHandlers}), so every
 * module's problem details have the same shape; it is built on the platform's module kit ({@code platform :: module}:
 * its declaration and rights, the work context and the clock). The daily reminders before households' consents end
 * run on the platform's {@code scheduling} interface.
 * <p>
 * Its consent check ({@link it.casa.casework.ConsentChecks}) is the one other modules call before they share a
 * household's data with a partner.
 */
@ApplicationModule(displayName = "Case work",
		allowedDependencies = { "platform", "platform :: web", "platform :: module", "platform :: scheduling", "emergency",
				"monitoring" })
@NullMarked
package it.casa.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
