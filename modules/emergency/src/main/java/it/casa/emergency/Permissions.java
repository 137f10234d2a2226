package it.casa.emergency;

/**
 * Who may work on emergencies, as Spring Security expressions on the service interfaces. The municipality is already
 * fixed by the platform (a municipal operator's own, or the one agency staff chose).
 */
final class Permissions {

	/** Municipal and agency operators, the two sides of the Pronto Intervento Sociale; nobody else. */
	static final String EMERGENCY_WORKERS = "hasAnyRole('MUNICIPAL_OPERATOR','AGENCY_OPERATOR')";

	private Permissions() {
	}
}
