package it.casa.casework;

/**
 * What the household agreed their data may be shared for (consenso al trattamento e alla condivisione dei dati).
 * Case work needs {@link #CASE_WORK}; the others widen who may see the file.
 */
public enum ConsentScope {

	/** Sharing between the municipality's and the agency's social workers for the case work itself. */
	CASE_WORK,

	/** Sharing with the autonomy team's cooperatives (Equipe Trasversale per l'Autonomia) assigned to actions. */
	AUTONOMY_TEAM,

	/** Sharing what a matching needs with partner real-estate agencies of the Free Market network. */
	PARTNER_AGENCIES,

	/** Sharing with other district services (temporary housing, microcredit, rent fund). */
	DISTRICT_SERVICES
}
