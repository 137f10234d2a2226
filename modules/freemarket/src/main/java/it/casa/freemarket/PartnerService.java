package it.casa.freemarket;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;

import it.casa.platform.OrganisationId;
import it.casa.platform.RecordNotFoundException;

/**
 * Partner agencies' Free Market terms, on the platform's organisations of kind real-estate agency (docs/adr/0015):
 * agency administrators record them, the agency reads them, a partner reads its own.
 */
public interface PartnerService {

	/**
	 * Records the terms, the first time with version 0.
	 *
	 * @throws InvalidOfferException {@code partner.kind} for an organisation that is not a real-estate agency,
	 *     {@code partner.*} for dates out of order or an unknown municipality
	 * @throws RecordNotFoundException if there is no such organisation
	 */
	@PreAuthorize(Permissions.PARTNER_ADMINISTRATORS)
	PartnerView record(OrganisationId organisation, long expectedVersion, PartnerTerms terms);

	/** @throws RecordNotFoundException if Free Market has no terms for it */
	@PreAuthorize(Permissions.DISTRICT)
	PartnerView find(OrganisationId organisation);

	/** Every partner with terms, by name. */
	@PreAuthorize(Permissions.DISTRICT)
	List<PartnerView> all();

	/** The caller's own agency, as the partner portal shows it. */
	@PreAuthorize(Permissions.OFFERERS)
	PartnerView mine();
}
