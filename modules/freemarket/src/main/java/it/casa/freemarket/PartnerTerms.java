package it.casa.freemarket;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What Free Market records of a partner agency beyond the platform's organisation: its accreditation and its agreement
 * (convenzione) with the agency, each with its dates (both inclusive) and the reference of its document, a contact, and
 * the municipalities it covers.
 *
 * @param accreditationRef the protocol number of the accreditation's document
 * @param agreementRef the protocol number of the signed agreement
 * @param municipalities the ids of the municipalities it covers
 */
public record PartnerTerms(LocalDate accreditedOn, LocalDate accreditedUntil, String accreditationRef,
		LocalDate agreementSignedOn, LocalDate agreementUntil, String agreementRef, String contactName,
		String contactEmail, @Nullable String contactPhone, Set<String> municipalities) {

	public PartnerTerms {
		municipalities = Set.copyOf(municipalities);
	}
}
