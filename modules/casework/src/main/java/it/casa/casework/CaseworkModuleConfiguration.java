package it.casa.casework;

import static it.casa.platform.Role.AGENCY_OPERATOR;
import static it.casa.platform.Role.AUTONOMY_TEAM_OPERATOR;
import static it.casa.platform.Role.MUNICIPAL_OPERATOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.casa.platform.module.FunctionModule;

/**
 * Declares the module to the platform: every municipality uses it unless its tenant file says otherwise, and these are
 * its rights ({@link Permissions} checks them on the service interfaces). Agency administrators and partner agencies
 * have no case work rights of their own.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkModuleConfiguration {

	@Bean
	FunctionModule caseworkModule() {
		return FunctionModule.named("casework", "Presa in carico", "Case work")
			.onByDefault()
			// Cases, households, projects, interviews and the inbox; autonomy-team operators only for the cases where
			// they own an action of the project (checked per case).
			.right("read", MUNICIPAL_OPERATOR, AGENCY_OPERATOR, AUTONOMY_TEAM_OPERATOR)
			// Shared notes on the cases the user may read.
			.right("notes", MUNICIPAL_OPERATOR, AGENCY_OPERATOR, AUTONOMY_TEAM_OPERATOR)
			// The two sides that write the case together: requests, households, interviews, the project, closure.
			.right("write", MUNICIPAL_OPERATOR, AGENCY_OPERATOR)
			// The agency's steps: triage, rejection, assignment, the district inbox and notes for the agency only.
			.right("triage", AGENCY_OPERATOR);
	}
}
