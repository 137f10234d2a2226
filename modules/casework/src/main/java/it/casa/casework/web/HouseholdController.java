package it.casa.casework.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.casework.HouseholdId;
import it.casa.casework.HouseholdService;
import it.casa.casework.HouseholdView;
import it.casa.casework.web.Requests.HouseholdUpdateRequest;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/casework/households")
@Tag(name = "Households", description = "Members, contacts and addresses of the households of a municipality")
class HouseholdController extends CaseworkApi {

	private final HouseholdService households;

	HouseholdController(HouseholdService households) {
		this.households = households;
	}

	@GetMapping("/{householdId}")
	@Operation(summary = "A household, with its composition category and fragile-member flag as of today")
	HouseholdView find(@PathVariable UUID householdId) {
		return households.find(HouseholdId.of(householdId));
	}

	@PutMapping("/{householdId}")
	@Operation(summary = "Replace a household's members, contacts and addresses",
			description = "409 with code version.stale if someone changed it since the version sent.")
	HouseholdView update(@PathVariable UUID householdId, @Valid @RequestBody HouseholdUpdateRequest request) {
		return households.update(HouseholdId.of(householdId), request.version(),
				RequestConversion.household(request.members(), request.contacts(), request.addresses()));
	}
}
