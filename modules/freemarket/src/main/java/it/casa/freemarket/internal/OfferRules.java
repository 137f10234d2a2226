package it.casa.freemarket.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import it.casa.freemarket.ContractType;
import it.casa.freemarket.InvalidOfferException;
import it.casa.freemarket.OfferDetails;
import it.casa.platform.TenantDirectory;
import it.casa.platform.TenantId;
import it.casa.platform.rules.CriterionResult;
import it.casa.platform.rules.Evaluation;
import it.casa.platform.rules.Facts;
import it.casa.platform.rules.NoVersionInForceException;
import it.casa.platform.rules.RuleBook;
import it.casa.platform.rules.RuleSetId;

/**
 * The rules an offer's details must meet beyond their fields' own bounds (the request's bean validation): a
 * municipality of the district that uses Free Market, a rent per square metre that is a rent and not a typing error,
 * and, for an agreed rent, the municipality's band in force today (docs/adr/0027).
 */
@Component
class OfferRules {

	static final RuleSetId AGREED_RENT_BANDS = RuleSetId.of("agreed-rent-bands");

	/**
	 * No home in the district rents for more than this per square metre a month (Milan's dearest quarters are near 30):
	 * a higher figure is a slip of the keyboard (a yearly rent, a missing comma), refused rather than published.
	 */
	static final BigDecimal MAX_RENT_PER_SQUARE_METRE = new BigDecimal("60");

	private final TenantDirectory tenants;

	private final RuleBook rules;

	OfferRules(TenantDirectory tenants, RuleBook rules) {
		this.tenants = tenants;
		this.rules = rules;
	}

	/**
	 * Checks the details and returns, for an agreed rent, the band's version the rent was checked against.
	 *
	 * @throws InvalidOfferException {@code offer.municipality.unknown}, {@code offer.rent.absurd},
	 *     {@code offer.rent.noBand}, {@code offer.rent.outsideBand} (with {@code min} and {@code max})
	 */
	@Nullable Long check(OfferDetails details, LocalDate today) {
		var municipality = tenants.find(TenantId.of(details.municipality()))
			.filter(tenant -> tenant.isMunicipality() && tenant.enabled() && tenant.uses("freemarket"));
		if (municipality.isEmpty()) {
			throw new InvalidOfferException("offer.municipality.unknown", "No municipality of the district by that id");
		}
		BigDecimal perSquareMetre = details.monthlyRent().divide(details.floorArea(), 2, RoundingMode.HALF_UP);
		if (perSquareMetre.compareTo(MAX_RENT_PER_SQUARE_METRE) > 0) {
			throw new InvalidOfferException("offer.rent.absurd", "The rent per square metre is beyond any in the district",
					Map.of("max", MAX_RENT_PER_SQUARE_METRE.toPlainString()));
		}
		if (details.contractType() != ContractType.AGREED_RENT_3_2) {
			return null;
		}
		Evaluation evaluation;
		try {
			evaluation = rules.evaluate(AGREED_RENT_BANDS, TenantId.of(details.municipality()), today,
					Facts.builder().number("monthlyRentPerSquareMetre", perSquareMetre).build());
		}
		catch (NoVersionInForceException none) {
			throw new InvalidOfferException("offer.rent.noBand",
					"The municipality has no agreed-rent band in force: offer a free or transitional lease");
		}
		if (!"within-band".equals(evaluation.outcome())) {
			CriterionResult band = evaluation.criterion("withinBand");
			throw new InvalidOfferException("offer.rent.outsideBand",
					"The rent per square metre is outside the municipality's agreed-rent band",
					Map.of("min", band.thresholds().get(0).value(), "max", band.thresholds().get(1).value(),
							"perSquareMetre", perSquareMetre.toPlainString(), "ruleVersion",
							evaluation.version().toString()));
		}
		return evaluation.version().value();
	}
}
