package it.casa.casework.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import it.casa.platform.module.WorkContext;
import it.casa.casework.CaseId;
import it.casa.casework.Consent;
import it.casa.casework.HouseholdConsentView;
import it.casa.casework.HouseholdId;
import it.casa.casework.InvalidCaseDataException;

/**
 * Loads and saves households' consents with the copy the checks read ({@link ConsentRegister}), in the caller's
 * transaction.
 */
@Component
class ConsentKeeper {

	private final HouseholdConsents consents;

	private final ConsentRegister register;

	private final CaseworkProperties.ConsentSettings settings;

	ConsentKeeper(HouseholdConsents consents, ConsentRegister register, CaseworkProperties properties) {
		this.consents = consents;
		this.register = register;
		this.settings = properties.consent();
	}

	/** The household's consent; an empty one if it never gave any. */
	HouseholdConsent load(HouseholdId household) {
		return consents.findById(household.value()).orElseGet(() -> HouseholdConsent.of(household));
	}

	Optional<HouseholdConsent> find(HouseholdId household) {
		return consents.findById(household.value());
	}

	/** The consent that came with an activation request, recorded for the household with the case it came with. */
	void recordWithRequest(WorkContext work, HouseholdId household, CaseId caseId, Consent consent) {
		requireNotFuture(work, consent.givenOn());
		HouseholdConsent current = load(household);
		current.give(work, consent.scopes(), consent.givenOn(), settings.defaultLastDay(consent.givenOn()), caseId);
		save(current);
	}

	/** Saves the consent and its copy for the checks. Flushes, so that a stale version fails here. */
	HouseholdConsent save(HouseholdConsent consent) {
		HouseholdConsent saved = consents.saveAndFlush(consent);
		register.copy(saved);
		return saved;
	}

	LocalDate lastDay(LocalDate givenOn, @Nullable LocalDate validUntil) {
		return validUntil == null ? settings.defaultLastDay(givenOn) : validUntil;
	}

	HouseholdConsentView view(HouseholdConsent consent, LocalDate today) {
		return consent.view(today, settings.reminderBefore(), settings.defaultLastDay(today));
	}

	CaseworkProperties.ConsentSettings settings() {
		return settings;
	}

	static void requireNotFuture(WorkContext work, LocalDate givenOn) {
		if (givenOn.isAfter(work.today())) {
			throw new InvalidCaseDataException("consent.givenOn.future", "A consent cannot be given after today");
		}
	}
}
