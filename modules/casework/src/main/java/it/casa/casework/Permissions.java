package it.casa.casework;

/**
 * Who may call which casework operation, as Spring Security expressions on the service interfaces. The municipality is
 * already fixed by the platform (a municipal operator's own, or the one agency staff chose); these rules add what each
 * role may do inside it. Agency administrators and partner agencies have no case work rights of their own.
 */
final class Permissions {

	/** Municipal and agency operators: the two sides that write the case together. */
	static final String CASE_WORKERS = "hasAnyRole('MUNICIPAL_OPERATOR','AGENCY_OPERATOR')";

	/** Case workers, plus autonomy-team operators for the cases where they own an action (checked per case). */
	static final String CASE_READERS = "hasAnyRole('MUNICIPAL_OPERATOR','AGENCY_OPERATOR','AUTONOMY_TEAM_OPERATOR')";

	/** Agency operators only: triage, rejection, assignment, the district inbox. */
	static final String AGENCY = "hasRole('AGENCY_OPERATOR')";

	private Permissions() {
	}
}
