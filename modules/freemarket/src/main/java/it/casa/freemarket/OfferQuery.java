package it.casa.freemarket;

import org.jspecify.annotations.Nullable;

/** Which offers the agency lists: of one status, one municipality, one partner, or all; a page of them. */
public record OfferQuery(@Nullable OfferStatus status, @Nullable String municipality, @Nullable String organisation,
		int page, int size) {
}
