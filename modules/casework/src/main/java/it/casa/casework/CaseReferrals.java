package it.casa.casework;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Cases other modules refer, in the current municipality: opened by the system on their events, and found again by
 * their origin (from an emergency to the case it became).
 */
public interface CaseReferrals {

	/**
	 * Opens the referred case: a new household with the referral's data, an activation request filed on behalf of
	 * {@link ReferredCase#referredBy()}, triaged at once at the referral's grade. Idempotent: if a case with this
	 * origin exists, it is returned unchanged, so a redelivered event opens nothing twice.
	 * <p>
	 * System work, for event listeners: there is no user whose rights could be checked, so inside a user's request
	 * it is refused (the user would otherwise open a case their role may not file).
	 *
	 * @throws org.springframework.security.access.AccessDeniedException if called inside a user's request
	 * @throws InvalidCaseDataException if the referral breaks a casework rule
	 */
	CaseView openReferred(ReferredCase referral);

	/** The case opened from {@code origin}, if any and if the user may see it. */
	@PreAuthorize(Permissions.CASE_READERS)
	Optional<CaseView> findByOrigin(CaseOrigin origin);
}
