package it.casa.emergency;

import java.util.List;

import it.casa.platform.TenantId;

/**
 * Places free for tonight, offered to emergency intake by the modules that manage them. The Temporary Housing module
 * will implement it for its units; until then the only implementation offers none. Every implementation registered
 * as a bean is asked, so a new provider needs no change here.
 */
public interface TemporaryAccommodationOffers {

	/** The places free tonight that may house a household of {@code municipality}; empty if none. */
	List<AccommodationOffer> availableTonight(TenantId municipality);
}
