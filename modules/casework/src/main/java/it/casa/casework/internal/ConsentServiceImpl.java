package it.casa.casework.internal;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.casa.platform.StaleVersionException;
import it.casa.platform.module.WorkContext;
import it.casa.platform.RecordNotFoundException;
import it.casa.casework.ConsentGiven;
import it.casa.casework.ConsentScope;
import it.casa.casework.ConsentService;
import it.casa.casework.HouseholdConsentView;
import it.casa.casework.HouseholdId;
import it.casa.casework.InvalidCaseDataException;
import it.casa.platform.AuditTrail;
import it.casa.platform.AuditTrail.AuditAction;

@Service
@Transactional
class ConsentServiceImpl implements ConsentService {

	private final CaseAccess access;

	private final HouseholdFiles households;

	private final ConsentKeeper keeper;

	private final AuditTrail audit;

	ConsentServiceImpl(CaseAccess access, HouseholdFiles households, ConsentKeeper keeper, AuditTrail audit) {
		this.access = access;
		this.households = households;
		this.keeper = keeper;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public HouseholdConsentView find(HouseholdId household) {
		WorkContext work = access.work();
		requireHousehold(household);
		audit.record(AuditAction.READ, Audit.CONSENT, household.toString());
		return keeper.view(keeper.load(household), work.today());
	}

	@Override
	public HouseholdConsentView record(HouseholdId household, long expectedVersion, ConsentGiven given) {
		WorkContext work = access.work();
		HouseholdConsent consent = writable(household, expectedVersion);
		ConsentKeeper.requireNotFuture(work, given.givenOn());
		LocalDate lastDay = keeper.lastDay(given.givenOn(), given.validUntil());
		if (lastDay.isBefore(work.today())) {
			throw new InvalidCaseDataException("consent.validUntil.beforeToday",
					"A consent recorded now must hold at least until today");
		}
		consent.give(work, given.scopes(), given.givenOn(), lastDay, null);
		return saved(work, consent);
	}

	@Override
	public HouseholdConsentView withdraw(HouseholdId household, long expectedVersion, Set<ConsentScope> scopes,
			String reason) {
		WorkContext work = access.work();
		HouseholdConsent consent = writable(household, expectedVersion);
		consent.withdraw(work, scopes, reason);
		return saved(work, consent);
	}

	private HouseholdConsent writable(HouseholdId household, long expectedVersion) {
		requireHousehold(household);
		HouseholdConsent consent = keeper.load(household);
		StaleVersionException.requireVersion("consent", consent.version(), expectedVersion);
		return consent;
	}

	private void requireHousehold(HouseholdId household) {
		if (!households.existsById(household.value())) {
			throw new RecordNotFoundException("household");
		}
	}

	private HouseholdConsentView saved(WorkContext work, HouseholdConsent consent) {
		HouseholdConsent saved = keeper.save(consent);
		audit.record(AuditAction.UPDATE, Audit.CONSENT, saved.id().toString());
		return keeper.view(saved, work.today());
	}
}
