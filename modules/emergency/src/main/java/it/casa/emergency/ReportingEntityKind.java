package it.casa.emergency;

/** Who reported the emergency (ente segnalante), in the categories of the agency's published figures. */
public enum ReportingEntityKind {

	/** A municipality's office or social service (Comune). */
	MUNICIPALITY,

	/** A Carabinieri station, e.g. "Melegnano" or "Opera". */
	CARABINIERI,

	/** State or local police (Polizia di Stato, Polizia Locale). */
	POLICE,

	/** Vigili del Fuoco. */
	FIRE_BRIGADE,

	/** A hospital or its emergency department. */
	HOSPITAL,

	/** A citizen, the household itself included. Never named: a citizen is a person. */
	CITIZEN,

	/** Any other institution or service. */
	OTHER,

	/** Who reported it was not recorded (dato non pervenuto). */
	NOT_RECORDED;

	/** Whether a name may be recorded with this kind: institutions only, never a person. */
	public boolean mayBeNamed() {
		return this != CITIZEN && this != NOT_RECORDED;
	}
}
