package it.casa.freemarket.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

import it.casa.freemarket.InvalidOfferException;
import it.casa.freemarket.OfferTransitionException;
import it.casa.freemarket.PartnerLockedException;
import it.casa.platform.web.ModuleProblemHandlers;

/**
 * What every Free Market controller answers when a request fails: the platform's problems for what every module shares
 * (invalid body, stale version, not found), Free Market's own here. Details hold codes, statuses and band limits,
 * never a rejected value of personal data.
 */
abstract class FreeMarketApi extends ModuleProblemHandlers {

	/** Rules whose field is known from their code; the others concern the request as a whole. */
	private static final Map<String, String> FIELDS_BY_CODE_PREFIX = Map.of("offer.rent", "monthlyRent",
			"offer.municipality", "municipality", "partner.accreditedUntil", "accreditedUntil",
			"partner.agreementUntil", "agreementUntil", "partner.municipalities", "municipalities");

	@ExceptionHandler(InvalidOfferException.class)
	ProblemDetail invalidData(InvalidOfferException ex) {
		ProblemDetail problem = invalidData(ex, FIELDS_BY_CODE_PREFIX);
		// The band's limits (or the absurd-rent ceiling) for the form to show beside the field.
		problem.setProperty("arguments", ex.arguments());
		return problem;
	}

	@ExceptionHandler(OfferTransitionException.class)
	ProblemDetail transition(OfferTransitionException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not allowed in this status", ex.getMessage() + ".",
				OfferTransitionException.CODE);
		problem.setProperty("currentStatus", ex.from());
		problem.setProperty("requestedStatus", ex.to());
		problem.setProperty("allowed", List.copyOf(ex.from().next()));
		return problem;
	}

	@ExceptionHandler(PartnerLockedException.class)
	ProblemDetail locked(PartnerLockedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Agency not in force", ex.getMessage() + ".", ex.code());
	}
}
