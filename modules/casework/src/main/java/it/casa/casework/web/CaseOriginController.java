package it.casa.casework.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.casework.CaseOrigin;
import it.casa.casework.CaseReferrals;
import it.casa.casework.CaseView;
import it.casa.platform.RecordNotFoundException;
import jakarta.validation.constraints.Pattern;

@RestController
@RequestMapping("/api/casework/cases/origin")
@Tag(name = "Cases", description = "Activation requests and the case lifecycle: triage, rejection, closure, reopening")
class CaseOriginController extends CaseworkApi {

	private final CaseReferrals referrals;

	CaseOriginController(CaseReferrals referrals) {
		this.referrals = referrals;
	}

	@GetMapping("/{module}/{reference}")
	@Operation(summary = "The case another module's record was referred to",
			description = "E.g. /origin/emergency/{emergencyId}: the grade-4 case opened when the emergency was handed "
					+ "over. 404 while it is not open yet (it is opened right after the hand-over) or if there is none.")
	CaseView byOrigin(@Parameter(description = "The referring module, e.g. emergency") @PathVariable
	@Pattern(regexp = "[a-z][a-z0-9]{0,29}") String module, @PathVariable UUID reference) {
		return referrals.findByOrigin(new CaseOrigin(module, reference))
			.orElseThrow(() -> new RecordNotFoundException("case"));
	}
}
