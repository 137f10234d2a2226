package it.casa.casework;

import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The household's consent to sharing their data, scope by scope, in the current municipality: what is in force and
 * until when, and every change with who recorded it. The municipality's and the agency's operators record, renew and
 * withdraw it; a withdrawal takes effect at once. Nothing is ever deleted: the history keeps every step.
 */
public interface ConsentService {

	@PreAuthorize(Permissions.CASE_WORKERS)
	HouseholdConsentView find(HouseholdId household);

	/**
	 * Records the household's consent to {@code given.scopes()}: given anew, or renewed for scopes already given (in
	 * force or lapsed), from {@code given.givenOn()} until {@code given.validUntil()} or the default length.
	 *
	 * @throws StaleVersionException if the consent changed since {@code expectedVersion}
	 * @throws InvalidCaseDataException {@code consent.validUntil.beforeToday} when it would already have lapsed
	 */
	@PreAuthorize(Permissions.CASE_WORKERS)
	HouseholdConsentView record(HouseholdId household, long expectedVersion, ConsentGiven given);

	/**
	 * Withdraws the household's consent to {@code scopes}, from now on, for a reason.
	 *
	 * @throws InvalidCaseDataException {@code consent.withdrawal.notInForce} for a scope that is not in force
	 */
	@PreAuthorize(Permissions.CASE_WORKERS)
	HouseholdConsentView withdraw(HouseholdId household, long expectedVersion, Set<ConsentScope> scopes, String reason);
}
