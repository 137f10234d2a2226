package it.casa.casework;

import java.util.Optional;

import it.casa.platform.OrganisationKind;
import it.casa.platform.Role;

/**
 * What the household agreed their data may be shared for (consenso al trattamento e alla condivisione dei dati): case
 * work between the municipality and the agency, and one scope per kind of recipient outside them. Each scope is given,
 * renewed and withdrawn on its own and lapses on its own date (docs/adr/0020).
 */
public enum ConsentScope {

	/** Sharing between the municipality's and the agency's social workers for the case work itself. */
	CASE_WORK,

	/** Sharing with the autonomy team's cooperatives (Equipe Trasversale per l'Autonomia) assigned to actions. */
	AUTONOMY_TEAM,

	/** Sharing what a matching needs with the partner real-estate agencies of the Free Market network. */
	REAL_ESTATE_AGENCIES,

	/** Sharing with the microcredit and over-indebtedness counselling foundation. */
	MICROCREDIT_FOUNDATION,

	/** Sharing with the operators of co-housing places in the farmsteads. */
	COHOUSING_OPERATORS,

	/** Sharing with other district services (temporary housing, rent fund, job placement, anti-poverty services). */
	DISTRICT_SERVICES;

	/** The scope a partner organisation of {@code kind} needs to see a household's data. */
	public static ConsentScope neededBy(OrganisationKind kind) {
		return switch (kind) {
			case AUTONOMY_TEAM_COOPERATIVE -> AUTONOMY_TEAM;
			case REAL_ESTATE_AGENCY -> REAL_ESTATE_AGENCIES;
			case MICROCREDIT_FOUNDATION -> MICROCREDIT_FOUNDATION;
			case COHOUSING_OPERATOR -> COHOUSING_OPERATORS;
		};
	}

	/**
	 * The scope a user of {@code role} needs: that of the kind of organisation whose people have the role (one role
	 * per kind); empty for the municipality's and the agency's staff, who work under the case work itself.
	 */
	public static Optional<ConsentScope> neededBy(Role role) {
		return OrganisationKind.givingRole(role).map(ConsentScope::neededBy);
	}
}
