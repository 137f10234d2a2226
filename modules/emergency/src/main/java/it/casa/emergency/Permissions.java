package it.casa.emergency;

/**
 * Who may work on emergencies, as Spring Security expressions on the service interfaces: each names one of the rights
 * {@link EmergencyModuleConfiguration} declares, which says which roles hold it. The municipality is already fixed by
 * the platform (a municipal operator's own, or the one agency staff chose).
 */
final class Permissions {

	static final String EMERGENCY_WORKERS = "hasAuthority('emergency:work')";

	private Permissions() {
	}
}
