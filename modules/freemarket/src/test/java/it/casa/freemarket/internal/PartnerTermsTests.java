package it.casa.freemarket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.casa.freemarket.PartnerTerms;
import it.casa.platform.StaffRef;
import it.casa.platform.module.Stamp;

/** A partner works in Free Market only on the days its accreditation and its agreement are both in force. */
class PartnerTermsTests {

	static final LocalDate SIGNED = LocalDate.of(2026, 3, 1);

	final Partner partner = new Partner("immobiliare-prova", new PartnerTerms(SIGNED, SIGNED.plusYears(3), "ACC-1",
			SIGNED.plusDays(10), SIGNED.plusYears(1), "CONV-1", "Referente", "referente@prova.example", null,
			Set.of("melegnano")), Stamp.of(Instant.parse("2026-03-01T09:00:00Z"), StaffRef.CASA));

	@Test
	void bothInForceBothDaysIncluded() {
		assertThat(partner.lockOn(SIGNED.plusDays(10))).isNull();
		assertThat(partner.lockOn(SIGNED.plusYears(1))).isNull();
	}

	@Test
	void theDayAfterTheAgreementEndsThePartnerIsLockedOut() {
		assertThat(partner.lockOn(SIGNED.plusYears(1).plusDays(1))).isEqualTo("freemarket.partner.agreementNotInForce");
	}

	@Test
	void accreditedButBeforeTheAgreementIsSignedIsLockedOut() {
		assertThat(partner.lockOn(SIGNED.plusDays(5))).isEqualTo("freemarket.partner.agreementNotInForce");
	}

	@Test
	void outsideTheAccreditationIsLockedOutWhateverTheAgreement() {
		assertThat(partner.lockOn(SIGNED.minusDays(1))).isEqualTo("freemarket.partner.accreditationNotInForce");
	}

	@Test
	void itOffersOnlyWhereItWorks() {
		assertThat(partner.covers("melegnano")).isTrue();
		assertThat(partner.covers("san-donato-milanese")).isFalse();
	}
}
