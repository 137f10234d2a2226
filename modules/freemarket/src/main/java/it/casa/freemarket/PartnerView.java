package it.casa.freemarket;

import java.util.Map;

import it.casa.platform.OrganisationStatus;

/**
 * A partner agency with its Free Market terms.
 *
 * @param organisationStatus the platform's status of the organisation (suspended, expired, ...)
 * @param municipalityNames the names of the municipalities it covers, by id
 * @param inForce whether the partner may work in Free Market today: the organisation active, accreditation and
 *     agreement in force
 */
public record PartnerView(String organisation, String name, OrganisationStatus organisationStatus, PartnerTerms terms,
		Map<String, String> municipalityNames, boolean inForce, long version) {

	public PartnerView {
		municipalityNames = Map.copyOf(municipalityNames);
	}
}
