/**
 * Case work, the agency's method: activation request, triage on the four grades, joint interview, individual
 * project, shared notes and closure with restitution, shared by the municipality and the agency.
 */
@ApplicationModule(displayName = "Case work", allowedDependencies = "platform")
@NullMarked
package it.casa.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
