package it.casa.platform;

/**
 * What a user may do. The platform derives the roles from the identity provider's claims; modules check them
 * with {@code @PreAuthorize("hasRole('AGENCY_OPERATOR')")} on their API methods. The last four are the roles of
 * partner organisations' people, one per {@link OrganisationKind}: the platform lets them in only while their
 * organisation is active.
 */
public enum Role {

	/** Municipal social worker or housing office: full case work, in their own municipality only. */
	MUNICIPAL_OPERATOR,

	/** Agency social worker or coordinator: any municipality, chosen per request, and the district views. */
	AGENCY_OPERATOR,

	/** Agency administrator: tenants, modules per tenant, audit trail. */
	AGENCY_ADMIN,

	/**
	 * Autonomy-team operator (Equipe Trasversale per l'Autonomia), of an autonomy-team cooperative: only the cases
	 * assigned to them.
	 */
	AUTONOMY_TEAM_OPERATOR,

	/** Partner real-estate agency: its own offers and the data a household consented to share, nothing else. */
	PARTNER_AGENCY,

	/**
	 * The microcredit foundation's operator: the referrals addressed to the foundation and the data a household
	 * consented to share with it, nothing else.
	 */
	MICROCREDIT_FOUNDATION,

	/**
	 * A co-housing operator (a farmstead's manager): its own farmsteads and places, and the data a household consented
	 * to share with co-housing operators, nothing else.
	 */
	COHOUSING_OPERATOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
