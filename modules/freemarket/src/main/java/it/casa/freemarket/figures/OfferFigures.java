package it.casa.freemarket.figures;

import java.util.List;

/**
 * Offers on the market and let today, in the municipalities of the query.
 *
 * @param published offers published now (on the market)
 * @param let offers let
 */
public record OfferFigures(long published, long let, List<ByMunicipality> byMunicipality) {

	public OfferFigures {
		byMunicipality = List.copyOf(byMunicipality);
	}

	/** @param municipality the municipality's id */
	public record ByMunicipality(String municipality, long published, long let) {
	}
}
