package it.casa.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import it.casa.platform.StaffRef;

/**
 * A household's consent as the case page shows it: every scope with where it stands today, and the history.
 *
 * @param version send it back with a change; a change based on an older version is refused (HTTP 409)
 * @param scopes every scope, in the order of {@link ConsentScope}, given or not
 * @param history every change, newest first
 * @param defaultValidUntil the last day of a consent given today for the default length
 */
public record HouseholdConsentView(HouseholdId householdId, long version, List<ScopeView> scopes,
		List<ChangeView> history, LocalDate defaultValidUntil) {

	/**
	 * @param givenOn the day the current (or last) period started; null when never given
	 * @param validUntil its last day; null when never given
	 * @param withdrawnAt when it was withdrawn, if it was (and not given again since)
	 */
	public record ScopeView(ConsentScope scope, ConsentStatus status, @Nullable LocalDate givenOn,
			@Nullable LocalDate validUntil, @Nullable Instant withdrawnAt) {
	}

	/**
	 * @param givenOn the first day of the period the change concerns
	 * @param validUntil its last day
	 * @param caseId the case whose activation request carried the consent, if it came with one
	 * @param reason why it was withdrawn
	 */
	public record ChangeView(ConsentChangeKind kind, ConsentScope scope, LocalDate givenOn, LocalDate validUntil, @Nullable String reason, @Nullable UUID caseId, Instant at, StaffRef by) {
	}
}
