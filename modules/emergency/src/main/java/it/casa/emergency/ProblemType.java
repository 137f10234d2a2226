package it.casa.emergency;

/** The housing problem reported (problematica abitativa segnalata), as the agency's published figures count it. */
public enum ProblemType {

	/** Incendio abitazione. */
	HOUSE_FIRE,

	/** Sfratto esecutivo: an eviction being executed. */
	EXECUTIVE_EVICTION,

	/** Persona sola allontanata da ospitante: a person sent away by whoever hosted them. */
	SENT_AWAY_BY_HOST,

	/** Allagamento abitazione. */
	FLOODING,

	/** Assenza di acqua nell'abitazione per morosità: water cut off for arrears. */
	WATER_CUT_OFF_FOR_ARREARS,

	/** Assenza di dimora: no dwelling at all. */
	NO_DWELLING,

	/** Minori stranieri non accompagnati. */
	UNACCOMPANIED_FOREIGN_MINORS,

	/** None of the above: needs a description. */
	OTHER;

	/** Whether this type needs a description of the problem. */
	public boolean requiresDescription() {
		return this == OTHER;
	}
}
