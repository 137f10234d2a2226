package it.casa.monitoring;

/**
 * Who may read the figures, as a Spring Security expression on the service interface naming a right that
 * {@link MonitoringModuleConfiguration} declares. Which municipalities each one sees is decided by the service from the
 * {@code monitoring:district} right: the district and any municipality, or the user's own municipality only.
 */
final class Permissions {

	static final String READERS = "hasAuthority('monitoring:read')";

	private Permissions() {
	}
}
