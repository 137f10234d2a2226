package it.casa.casework;

/**
 * The household's work and income (lavoro e reddito), as it matters for triage.
 */
public enum WorkSituation {

	/** Stable work or another stable income, such as a pension. */
	STABLE,

	/** Unstable, occasional or low-paid work (attività lavorative instabili o a basso reddito). */
	UNSTABLE_OR_LOW_PAID,

	/** No income at all (mancanza di reddito). */
	NO_INCOME
}
