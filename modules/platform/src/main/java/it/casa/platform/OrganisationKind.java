package it.casa.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a partner organisation is to the agency, and the one role its people work with. Consent scopes map onto these
 * kinds: a household consents to share with real-estate agencies, with the foundation, and so on.
 */
public enum OrganisationKind {

	/** An accredited private real-estate agency of the Free Market network. */
	REAL_ESTATE_AGENCY(Role.PARTNER_AGENCY),

	/** The microcredit and over-indebtedness counselling foundation. */
	MICROCREDIT_FOUNDATION(Role.MICROCREDIT_FOUNDATION),

	/** A third-sector cooperative whose operators form the autonomy team (Equipe Trasversale per l'Autonomia). */
	AUTONOMY_TEAM_COOPERATIVE(Role.AUTONOMY_TEAM_OPERATOR),

	/** The operator of a farmstead's (cascina's) co-housing places. */
	COHOUSING_OPERATOR(Role.COHOUSING_OPERATOR);

	private final Role role;

	OrganisationKind(Role role) {
		this.role = role;
	}

	/** The role the people of such an organisation have, and the only one. */
	public Role role() {
		return role;
	}

	/** The kind whose people have {@code role}; empty for the agency's and the municipalities' own roles. */
	public static Optional<OrganisationKind> givingRole(Role role) {
		return Arrays.stream(values()).filter(kind -> kind.role == role).findFirst();
	}
}
