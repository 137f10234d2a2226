package it.casa.casework;

/**
 * Who may call which casework operation, as Spring Security expressions on the service interfaces: each names one of
 * the rights {@link CaseworkModuleConfiguration} declares, which says which roles hold it. The municipality is already
 * fixed by the platform (a municipal operator's own, or the one agency staff chose).
 */
final class Permissions {

	static final String CASE_READERS = "hasAuthority('casework:read')";

	static final String NOTE_WRITERS = "hasAuthority('casework:notes')";

	static final String CASE_WORKERS = "hasAuthority('casework:write')";

	static final String AGENCY = "hasAuthority('casework:triage')";

	private Permissions() {
	}
}
