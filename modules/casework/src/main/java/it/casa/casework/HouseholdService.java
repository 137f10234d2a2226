package it.casa.casework;

import org.springframework.security.access.prepost.PreAuthorize;

import it.casa.platform.StaleVersionException;

/** Households of the current municipality: their members, contacts and addresses. Reads and writes are audited. */
public interface HouseholdService {

	/** The household, if the user may see it (autonomy-team operators: only while they own an action of its case). */
	@PreAuthorize(Permissions.CASE_READERS)
	HouseholdView find(HouseholdId id);

	/**
	 * Replaces the household's members, contacts and addresses.
	 *
	 * @throws StaleVersionException if the household changed since {@code expectedVersion}
	 */
	@PreAuthorize(Permissions.CASE_WORKERS)
	HouseholdView update(HouseholdId id, long expectedVersion, HouseholdDetails details);
}
