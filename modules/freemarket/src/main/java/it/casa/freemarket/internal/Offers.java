package it.casa.freemarket.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import it.casa.freemarket.OfferStatus;

/** Offers in the district schema; every query names whose rows it reads (no row-level security, docs/adr/0026). */
interface Offers extends JpaRepository<Offer, UUID> {

	/** A partner's own offers, newest change first (index freemarket_offer_partner_idx). */
	@Query("select o from Offer o where o.organisationId = :organisation order by o.changed.at desc, o.id")
	Page<Offer> ofPartner(String organisation, Pageable page);

	/** The agency's own offers (for landlords it works with directly). */
	@Query("select o from Offer o where o.organisationId is null order by o.changed.at desc, o.id")
	Page<Offer> ofAgency(Pageable page);

	/**
	 * What the agency sees of the market: every offer but other people's drafts, optionally of one status, municipality or
	 * partner.
	 */
	@Query("""
			select o from Offer o
			where (o.status <> it.casa.freemarket.OfferStatus.DRAFT or o.organisationId is null)
			  and (:status is null or o.status = :status)
			  and (:municipality is null or o.tenantId = :municipality)
			  and (:organisation is null or o.organisationId = :organisation)
			order by o.changed.at desc, o.id""")
	Page<Offer> ofMarket(@Nullable OfferStatus status, @Nullable String municipality, @Nullable String organisation,
			Pageable page);
}
