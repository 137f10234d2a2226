package it.casa.platform;

/**
 * Records access to personal data: who, when, in which municipality, which record, what action and (for agency
 * staff working in a municipality) why. The platform fills in who, when, the municipality and the reason; the
 * caller names only the record. Never pass personal data here: ids and record types only.
 */
public interface AuditTrail {

	void record(AuditAction action, String recordType, String recordId);

	enum AuditAction {
		READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT,
		/**
		 * A refused attempt at a record (403 or 404), recorded by the platform for every module, repeats folded
		 * (ADR 0028); modules do not record it themselves.
		 */
		DENIED
	}
}
