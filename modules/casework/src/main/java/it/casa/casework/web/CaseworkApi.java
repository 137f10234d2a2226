package it.casa.casework.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

import it.casa.casework.CaseReadOnlyException;
import it.casa.casework.ConsentMissingException;
import it.casa.casework.InvalidCaseDataException;
import it.casa.casework.InvalidCaseTransitionException;
import it.casa.platform.web.ModuleProblemHandlers;

/**
 * What every casework controller answers when a request fails: RFC 9457 problem details with a stable {@code code}
 * property (and {@code errors} listing the fields for invalid input); the failures every module shares (a stale
 * version, a record not found among them) are answered by the platform's {@link ModuleProblemHandlers}, case work's
 * own exceptions here.
 * <p>
 * These handlers sit on the controllers themselves (through this base class) rather than in an advice because Spring
 * asks a controller's own handlers first, whatever the order of the advices: a platform advice answering every
 * {@link IllegalArgumentException} (which {@link InvalidCaseDataException} is) would otherwise give a generic problem.
 * Details hold ids, statuses and the client's own input only; nothing here is logged.
 */
abstract class CaseworkApi extends ModuleProblemHandlers {

	/** Rules whose field is known from their code; the others concern the request as a whole. */
	private static final Map<String, String> FIELDS_BY_CODE_PREFIX = Map.of("gradeDecision.overrideReason",
			"overrideReason", "case.transition.reason", "reason", "project.action.unknown", "actions",
			"interview.notScheduled", "", "activationRequest.household", "household",
			"activationRequest.urgencyFacts", "urgencyFacts", "consent.givenOn", "givenOn", "consent.validUntil",
			"validUntil", "consent.withdrawal", "scopes");

	/** A rule of the module refused a value that no single field of the request carries. */
	@ExceptionHandler(InvalidCaseDataException.class)
	ProblemDetail invalidData(InvalidCaseDataException ex) {
		return invalidData(ex, FIELDS_BY_CODE_PREFIX);
	}

	@ExceptionHandler(InvalidCaseTransitionException.class)
	ProblemDetail invalidTransition(InvalidCaseTransitionException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not possible in the case's current status",
				ex.getMessage() + ".", ex.code());
		problem.setProperty("from", ex.from());
		if (ex.to() != null) {
			problem.setProperty("to", ex.to());
		}
		if (ex.transition() != null) {
			problem.setProperty("transition", ex.transition());
		}
		return problem;
	}

	/** The household has not consented to what the request would share: nothing was saved. */
	@ExceptionHandler(ConsentMissingException.class)
	ProblemDetail consentMissing(ConsentMissingException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Consent missing",
				"The household's consent does not cover sharing with " + ex.scope() + " today: record it first.",
				ConsentMissingException.CODE);
		problem.setProperty("scope", ex.scope());
		return problem;
	}

	@ExceptionHandler(CaseReadOnlyException.class)
	ProblemDetail readOnly(CaseReadOnlyException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Case is read-only", ex.getMessage() + ".",
				CaseReadOnlyException.CODE);
		problem.setProperty("caseStatus", ex.status());
		return problem;
	}
}
