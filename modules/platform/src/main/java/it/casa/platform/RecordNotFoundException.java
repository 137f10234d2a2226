package it.casa.platform;

/**
 * No such record in the current municipality, or not one the user may see: both look the same from outside (every
 * module's API answers 404 with {@code code: <recordType>.notFound}), so that nobody learns that a record exists
 * elsewhere.
 */
public class RecordNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String recordType;

	/** @param recordType what was looked for, a word such as {@code case}, {@code household} or {@code emergency} */
	public RecordNotFoundException(String recordType) {
		super("No such " + recordType);
		this.recordType = recordType;
	}

	public String recordType() {
		return recordType;
	}

	/** The problem code the API answers with, e.g. {@code case.notFound}. */
	public String code() {
		return recordType + ".notFound";
	}
}
