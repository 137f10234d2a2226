package it.casa.freemarket;

import java.util.List;

/** A page of offers, the most recently changed first. */
public record OfferPage(List<OfferView> items, int page, int size, long total) {

	public OfferPage {
		items = List.copyOf(items);
	}
}
