package it.casa.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import it.casa.platform.StaffRef;
import it.casa.platform.module.Stamp;
import it.casa.platform.module.WorkContext;
import it.casa.casework.CaseId;
import it.casa.casework.ConsentChangeKind;
import it.casa.casework.ConsentEnding;
import it.casa.casework.ConsentScope;
import it.casa.casework.ConsentStatus;
import it.casa.casework.HouseholdConsentChanged;
import it.casa.casework.HouseholdConsentView;
import it.casa.casework.HouseholdId;
import it.casa.casework.InvalidCaseDataException;
import it.casa.platform.TenantId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A household's consent to sharing their data (docs/adr/0020): one period per scope (given on, last day, withdrawn
 * when), and the history of every change. The consent is the household's, not a case's: a withdrawal reaches every
 * case of the household and every module at once.
 */
@Entity
@Table(name = "household_consent")
class HouseholdConsent extends AbstractAggregateRoot<HouseholdConsent> {

	@Id
	private UUID householdId;

	@Version
	private @Nullable Long version;

	@ElementCollection
	@CollectionTable(name = "household_consent_scope", joinColumns = @JoinColumn(name = "household_id"))
	@MapKeyColumn(name = "scope")
	@MapKeyEnumerated(EnumType.STRING)
	private Map<ConsentScope, ScopeEntry> scopes = new EnumMap<>(ConsentScope.class);

	@ElementCollection
	@CollectionTable(name = "household_consent_change", joinColumns = @JoinColumn(name = "household_id"))
	@OrderColumn(name = "list_index")
	private List<ChangeEntry> history = new ArrayList<>();

	protected HouseholdConsent() {
		// for JPA
	}

	/** The consent of a household that has given none yet. */
	static HouseholdConsent of(HouseholdId household) {
		HouseholdConsent consent = new HouseholdConsent();
		consent.householdId = household.value();
		return consent;
	}

	/**
	 * Records the consent to {@code scopes} from {@code givenOn} to {@code validUntil}: given anew (never given, or
	 * withdrawn) or renewed (in force or lapsed). A request typed in long after it was made may carry a consent that
	 * has lapsed since: it is recorded as it was, lapsed.
	 *
	 * @param caseId the case whose activation request carried the consent, if any
	 */
	void give(WorkContext work, Set<ConsentScope> given, LocalDate givenOn, LocalDate validUntil, @Nullable CaseId caseId) {
		for (ConsentScope scope : given) {
			ScopeEntry current = scopes.get(scope);
			ConsentChangeKind kind = current == null || current.withdrawnAt != null ? ConsentChangeKind.GIVEN
					: ConsentChangeKind.RENEWED;
			scopes.put(scope, ScopeEntry.of(givenOn, validUntil));
			history.add(ChangeEntry.of(kind, scope, givenOn, validUntil, null, caseId, Stamp.of(work)));
		}
		registerEvent(new HouseholdConsentChanged(work.tenant(), id(), work.now()));
	}

	/** Withdraws the consent to {@code scopes} from now on; each must be in force. */
	void withdraw(WorkContext work, Set<ConsentScope> withdrawn, String reason) {
		for (ConsentScope scope : withdrawn) {
			ScopeEntry current = scopes.get(scope);
			if (current == null || !current.inForceOn(work.today())) {
				throw new InvalidCaseDataException("consent.withdrawal.notInForce",
						"Only a consent in force can be withdrawn", Map.of("scope", scope.name()));
			}
		}
		for (ConsentScope scope : withdrawn) {
			ScopeEntry current = scopes.get(scope);
			current.withdrawnAt = work.now();
			history.add(ChangeEntry.of(ConsentChangeKind.WITHDRAWN, scope, current.givenOn, current.validUntil, reason,
					null, Stamp.of(work)));
		}
		registerEvent(new HouseholdConsentChanged(work.tenant(), id(), work.now()));
	}

	/**
	 * Records the reminder of {@code scope} if its reminder day has come and it was not reminded for its current
	 * period, and publishes it ({@link ConsentEnding}). Running it again changes nothing.
	 *
	 * @return whether a reminder was recorded
	 */
	boolean remind(TenantId tenant, ConsentScope scope, Instant now, LocalDate today, Period reminderBefore) {
		ScopeEntry entry = scopes.get(scope);
		if (entry == null || !entry.reminderDue(today, reminderBefore)) {
			return false;
		}
		entry.remindedFor = entry.validUntil;
		history.add(ChangeEntry.of(ConsentChangeKind.REMINDER, scope, entry.givenOn, entry.validUntil, null, null,
				Stamp.of(now, StaffRef.CASA)));
		registerEvent(new ConsentEnding(tenant, id(), Set.of(scope), entry.validUntil, now));
		return true;
	}

	Set<ConsentScope> scopesEverGiven() {
		return scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes.keySet()));
	}

	/** The last day {@code scope} holds unless withdrawn; empty when never given or withdrawn. */
	Optional<LocalDate> lastDayOf(ConsentScope scope) {
		ScopeEntry entry = scopes.get(scope);
		return entry == null || entry.withdrawnAt != null ? Optional.empty() : Optional.of(entry.validUntil);
	}

	ConsentStatus statusOf(ConsentScope scope, LocalDate today, Period reminderBefore) {
		ScopeEntry entry = scopes.get(scope);
		return entry == null ? ConsentStatus.NOT_GIVEN : entry.status(today, reminderBefore);
	}

	HouseholdId id() {
		return HouseholdId.of(householdId);
	}

	long version() {
		return version == null ? 0 : version;
	}

	HouseholdConsentView view(LocalDate today, Period reminderBefore, LocalDate defaultValidUntil) {
		List<HouseholdConsentView.ScopeView> views = Arrays.stream(ConsentScope.values()).map(scope -> {
			ScopeEntry entry = scopes.get(scope);
			return entry == null ? new HouseholdConsentView.ScopeView(scope, ConsentStatus.NOT_GIVEN, null, null, null)
					: new HouseholdConsentView.ScopeView(scope, entry.status(today, reminderBefore), entry.givenOn,
							entry.validUntil, entry.withdrawnAt);
		}).toList();
		List<HouseholdConsentView.ChangeView> changes = new ArrayList<>();
		for (int i = history.size() - 1; i >= 0; i--) {
			changes.add(history.get(i).view());
		}
		return new HouseholdConsentView(id(), version(), views, changes, defaultValidUntil);
	}

	/** The period of one scope (table {@code household_consent_scope}). */
	@Embeddable
	static class ScopeEntry {

		private LocalDate givenOn;

		/** The last day it holds, inclusive. */
		private LocalDate validUntil;

		private @Nullable Instant withdrawnAt;

		/** The last day of the period a reminder was recorded for; a renewal gives a new period to remind. */
		private @Nullable LocalDate remindedFor;

		protected ScopeEntry() {
		}

		static ScopeEntry of(LocalDate givenOn, LocalDate validUntil) {
			ScopeEntry entry = new ScopeEntry();
			entry.givenOn = givenOn;
			entry.validUntil = validUntil;
			return entry;
		}

		boolean inForceOn(LocalDate day) {
			return withdrawnAt == null && !day.isBefore(givenOn) && !day.isAfter(validUntil);
		}

		boolean reminderDue(LocalDate today, Period reminderBefore) {
			return inForceOn(today) && !validUntil.equals(remindedFor)
					&& !today.isBefore(validUntil.minus(reminderBefore));
		}

		ConsentStatus status(LocalDate today, Period reminderBefore) {
			if (withdrawnAt != null) {
				return ConsentStatus.WITHDRAWN;
			}
			if (today.isAfter(validUntil)) {
				return ConsentStatus.LAPSED;
			}
			return today.isBefore(validUntil.minus(reminderBefore)) ? ConsentStatus.IN_FORCE : ConsentStatus.ENDING_SOON;
		}
	}

	/** One change of one scope (table {@code household_consent_change}). */
	@Embeddable
	static class ChangeEntry {

		@Enumerated(EnumType.STRING)
		private ConsentChangeKind kind;

		@Enumerated(EnumType.STRING)
		private ConsentScope scope;

		private LocalDate givenOn;

		private LocalDate validUntil;

		private @Nullable String reason;

		private @Nullable UUID caseId;

		@Embedded
		@EmbeddedColumnNaming("changed_%s")
		private Stamp changed;

		protected ChangeEntry() {
		}

		static ChangeEntry of(ConsentChangeKind kind, ConsentScope scope, LocalDate givenOn, LocalDate validUntil,
				@Nullable String reason, @Nullable CaseId caseId, Stamp changed) {
			ChangeEntry entry = new ChangeEntry();
			entry.kind = kind;
			entry.scope = scope;
			entry.givenOn = givenOn;
			entry.validUntil = validUntil;
			entry.reason = reason;
			entry.caseId = caseId == null ? null : caseId.value();
			entry.changed = changed;
			return entry;
		}

		HouseholdConsentView.ChangeView view() {
			return new HouseholdConsentView.ChangeView(kind, scope, givenOn, validUntil, reason, caseId, changed.at(),
					changed.by());
		}
	}
}
