package it.casa.freemarket;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;

import it.casa.platform.RecordNotFoundException;
import it.casa.platform.StaleVersionException;

/**
 * Offers of homes for rent. A partner agency's people reach their own organisation's offers only; the agency's
 * operators write the agency's own (for landlords it works with directly) and read every partner's. Every change names
 * the version it saw ({@link StaleVersionException} otherwise) and leaves an audit event; nothing is half-written.
 */
public interface OfferService {

	/**
	 * A new draft.
	 *
	 * @throws InvalidOfferException {@code offer.municipality.notCovered}, {@code offer.rent.*} (an absurd rent, an
	 *     agreed rent outside the municipality's band)
	 * @throws PartnerLockedException if the partner's accreditation or agreement is not in force today
	 */
	@PreAuthorize(Permissions.OFFERERS)
	OfferView create(OfferDetails details);

	/** @throws RecordNotFoundException if the offer is not the caller's to see */
	@PreAuthorize(Permissions.OFFERERS)
	OfferView find(UUID id);

	/** Changes a draft or a published offer; the agreed-rent band is checked again. */
	@PreAuthorize(Permissions.OFFERERS)
	OfferView change(UUID id, long expectedVersion, OfferDetails details);

	/**
	 * Publishes, reserves, lets, withdraws or reopens it.
	 *
	 * @throws OfferTransitionException if {@link OfferStatus#mayMoveTo} refuses it
	 */
	@PreAuthorize(Permissions.OFFERERS)
	OfferView move(UUID id, long expectedVersion, OfferStatus target);

	/** The caller's own offers: its organisation's, or the agency's own for the agency's operators. */
	@PreAuthorize(Permissions.OFFERERS)
	OfferPage mine(int page, int size);

	/** Every partner's offers and the agency's, except other people's drafts. */
	@PreAuthorize(Permissions.DISTRICT)
	OfferPage all(OfferQuery query);

	/** One offer of any partner (not a draft), for the agency. */
	@PreAuthorize(Permissions.DISTRICT)
	OfferView inspect(UUID id);
}
