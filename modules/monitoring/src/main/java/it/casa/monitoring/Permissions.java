package it.casa.monitoring;

/**
 * Who may read the figures, as Spring Security expressions on the service interface. Which municipalities each one
 * sees is decided by the service from the user: agency staff the district and any municipality, a municipal operator
 * their own only.
 */
final class Permissions {

	static final String READERS = "hasAnyRole('MUNICIPAL_OPERATOR','AGENCY_OPERATOR','AGENCY_ADMIN')";

	private Permissions() {
	}
}
