package it.casa.platform;

/**
 * What a user may do. The platform derives the roles from the identity provider's claims; modules check them
 * with {@code @PreAuthorize("hasRole('AGENCY_OPERATOR')")} on their API methods.
 */
public enum Role {

	/** Municipal social worker or housing office: full case work, in their own municipality only. */
	MUNICIPAL_OPERATOR,

	/** Agency social worker or coordinator: any municipality, chosen per request, and the district views. */
	AGENCY_OPERATOR,

	/** Agency administrator: tenants, modules per tenant, audit trail. */
	AGENCY_ADMIN,

	/** Autonomy-team operator (Equipe Trasversale per l'Autonomia): only the cases assigned to them. */
	AUTONOMY_TEAM_OPERATOR,

	/** Partner real-estate agency: its own offers and the data a household consented to share, nothing else. */
	PARTNER_AGENCY;

	public String authority() {
		return "ROLE_" + name();
	}
}
