package it.casa.platform;

import java.util.Optional;

/**
 * Read access to the partner organisations, for any module: who a partner account works for, and what kind of
 * organisation that is (the consent check: did the household agree to share with real-estate agencies?). A user of an
 * organisation that is not {@link OrganisationStatus#ACTIVE} never reaches a module: the platform refuses the request
 * first.
 */
public interface Organisations {

	/** The organisation with this id, whatever its status. */
	Optional<Organisation> find(OrganisationId id);

	/** The organisation {@code user} works for; empty for the agency's and the municipalities' staff. */
	default Optional<Organisation> of(CurrentUser user) {
		return user.organisation() == null ? Optional.empty() : find(user.organisation());
	}

	/** The kind of organisation {@code user} works for; empty for the agency's and the municipalities' staff. */
	default Optional<OrganisationKind> kindOf(CurrentUser user) {
		return of(user).map(Organisation::kind);
	}
}
