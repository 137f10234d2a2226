package it.casa.freemarket;

/**
 * Who may do what in Free Market, as Spring Security expressions on the service interfaces: each names one of the
 * rights {@link FreeMarketModuleConfiguration} declares. Which rows a partner reaches (its own organisation's) is
 * decided in the services, from the user's organisation.
 */
final class Permissions {

	static final String OFFERERS = "hasAuthority('freemarket:offer')";

	static final String DISTRICT = "hasAuthority('freemarket:district')";

	static final String PARTNER_ADMINISTRATORS = "hasAuthority('freemarket:partners')";

	private Permissions() {
	}
}
