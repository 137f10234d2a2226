package it.casa.emergency.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import it.casa.emergency.AccommodationOffer;
import it.casa.emergency.TemporaryAccommodationOffers;
import it.casa.platform.TenantId;

/** The default offers: none, until the Temporary Housing module offers its free units. */
@Component
class NoAccommodationOffers implements TemporaryAccommodationOffers {

	@Override
	public List<AccommodationOffer> availableTonight(TenantId municipality) {
		return List.of();
	}
}
