package it.casa.casework.internal;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of case work ({@code casa.casework.*}).
 *
 * @param duplicateDetectionKey the secret key of the fiscal-code hashes in the district's person index
 *        ({@code CASA_CASEWORK_DUPLICATE_DETECTION_KEY}); without it a development key is used and a warning logged.
 *        Changing it makes earlier hashes unmatchable until every case is projected again.
 * @param consent how long a household's consent holds unless its form says otherwise, and when the reminder to renew
 *        it comes (docs/adr/0020)
 */
@ConfigurationProperties("casa.casework")
record CaseworkProperties(@Nullable String duplicateDetectionKey, @DefaultValue ConsentSettings consent) {

	/**
	 * @param validity the default length of a consent from the day it was given ({@code casa.casework.consent.validity})
	 * @param reminderBefore how long before its last day the reminder is recorded
	 */
	record ConsentSettings(@DefaultValue("P12M") Period validity, @DefaultValue("P30D") Period reminderBefore) {

		/** The last day of a consent given on {@code givenOn} for the default length. */
		LocalDate defaultLastDay(LocalDate givenOn) {
			return givenOn.plus(validity).minusDays(1);
		}
	}
}
