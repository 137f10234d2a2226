package it.casa.emergency;

import it.casa.platform.RecordNotFoundException;
import it.casa.platform.TenantId;

/**
 * The household of an emergency handed over to case work, for the module that opens the case. Events carry ids only
 * (every municipality can read the event registry); the data is read here, in the emergency's municipality.
 * <p>
 * Meant for listeners of {@link EmergencyHandedOver}, which run with no user; inside a user's request only
 * emergency workers may call it. Every read is recorded in the audit trail.
 */
public interface EmergencyReferrals {

	/**
	 * The referral of an emergency handed over in {@code tenant}, which must be the current municipality.
	 *
	 * @throws RecordNotFoundException if there is no such emergency here, or it was not handed over
	 */
	EmergencyReferral referral(TenantId tenant, EmergencyId emergency);
}
