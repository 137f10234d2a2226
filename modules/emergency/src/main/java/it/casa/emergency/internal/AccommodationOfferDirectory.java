package it.casa.emergency.internal;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import it.casa.emergency.AccommodationOffer;
import it.casa.emergency.TemporaryAccommodationOffers;
import it.casa.platform.TenantId;

/**
 * Every module's offers for tonight, together. Asking every {@link TemporaryAccommodationOffers} bean (rather than
 * injecting one) lets a module add its offers without replacing anyone's, and keeps working with only the default.
 */
@Component
class AccommodationOfferDirectory {

	private final ObjectProvider<TemporaryAccommodationOffers> providers;

	AccommodationOfferDirectory(ObjectProvider<TemporaryAccommodationOffers> providers) {
		this.providers = providers;
	}

	List<AccommodationOffer> availableTonight(TenantId municipality) {
		return providers.orderedStream().flatMap(provider -> provider.availableTonight(municipality).stream()).toList();
	}
}
