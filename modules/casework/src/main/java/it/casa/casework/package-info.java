/**
 * Case work, the agency's method: activation request, triage on the four grades, joint interview, individual
 * project, shared notes and closure with restitution, shared by the municipality and the agency.
 * <p>
 * Depends on the platform, and on emergency: a household an emergency hands over becomes a grade-4 case here, read
 * through emergency's {@code EmergencyReferrals} when its {@code EmergencyHandedOver} event arrives (emergency knows
 * nothing of case work).
 */
@ApplicationModule(displayName = "Case work", allowedDependencies = { "platform", "emergency" })
@NullMarked
package it.casa.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
