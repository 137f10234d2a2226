package it.casa.freemarket;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An offer as its author and the agency see it.
 *
 * @param organisation the partner that offers it; null for the agency's own offers
 * @param organisationName the partner's name; null for the agency's own offers
 * @param municipalityName the name of the offer's municipality
 * @param bandRuleVersion for an agreed-rent offer, the version of the municipality's band its rent was checked against
 * @param nextStatuses where it may move from here
 */
public record OfferView(UUID id, @Nullable String organisation, @Nullable String organisationName, OfferDetails details,
		String municipalityName,
		OfferStatus status, java.util.Set<OfferStatus> nextStatuses, @Nullable Long bandRuleVersion, long version,
		Instant createdAt, Instant changedAt) {
}
