package it.casa.casework;

/**
 * No such case, household, interview or project in the current municipality, or not one the user may see: both look
 * the same from outside (HTTP 404), so that nobody learns that a record exists elsewhere.
 */
public class CaseworkRecordNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String recordType;

	public CaseworkRecordNotFoundException(String recordType) {
		super("No such " + recordType);
		this.recordType = recordType;
	}

	/** What was looked for, e.g. {@code case}. */
	public String recordType() {
		return recordType;
	}
}
