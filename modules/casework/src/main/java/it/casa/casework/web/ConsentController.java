package it.casa.casework.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.casework.ConsentGiven;
import it.casa.casework.ConsentService;
import it.casa.casework.HouseholdConsentView;
import it.casa.casework.HouseholdId;
import it.casa.casework.web.Requests.ConsentRecordRequest;
import it.casa.casework.web.Requests.ConsentWithdrawalRequest;
import it.casa.platform.web.FieldProblems;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/casework/households/{householdId}/consent")
@Tag(name = "Consent", description = "A household's consent to sharing their data, scope by scope, with its history")
class ConsentController extends CaseworkApi {

	private final ConsentService consents;

	ConsentController(ConsentService consents) {
		this.consents = consents;
	}

	@GetMapping
	@Operation(summary = "The household's consent: every scope with where it stands today, and the history",
			description = "Municipal and agency operators.")
	HouseholdConsentView find(@PathVariable UUID householdId) {
		return consents.find(HouseholdId.of(householdId));
	}

	@PostMapping
	@Operation(summary = "Record a consent the household signed: given or renewed for the scopes named",
			description = "Without validUntil it holds for the default length from givenOn (casa.casework.consent.validity). "
					+ "409 with code version.stale if the consent changed since the version sent.")
	HouseholdConsentView record(@PathVariable UUID householdId, @Valid @RequestBody ConsentRecordRequest request) {
		FieldProblems problems = new FieldProblems();
		ConsentGiven given = problems.at("validUntil",
				() -> new ConsentGiven(request.givenOn(), request.validUntil(), request.scopes()));
		problems.throwIfAny();
		return consents.record(HouseholdId.of(householdId), request.version(), java.util.Objects.requireNonNull(given));
	}

	@PostMapping("/withdrawal")
	@Operation(summary = "Withdraw the household's consent to the scopes named, from now on, for a reason",
			description = "Takes effect at once: partners and the autonomy team lose access to the household's data.")
	HouseholdConsentView withdraw(@PathVariable UUID householdId, @Valid @RequestBody ConsentWithdrawalRequest request) {
		return consents.withdraw(HouseholdId.of(householdId), request.version(), request.scopes(), request.reason());
	}
}
