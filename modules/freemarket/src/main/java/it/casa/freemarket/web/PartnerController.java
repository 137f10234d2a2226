package it.casa.freemarket.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.freemarket.PartnerService;
import it.casa.freemarket.PartnerView;
import it.casa.freemarket.web.Requests.PartnerTermsRequest;
import it.casa.platform.OrganisationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/freemarket")
@Tag(name = "Free Market partners", description = "Partner agencies' accreditation, agreement and municipalities")
class PartnerController extends FreeMarketApi {

	private final PartnerService partners;

	PartnerController(PartnerService partners) {
		this.partners = partners;
	}

	@GetMapping("/partners")
	@Operation(summary = "Every partner agency with Free Market terms, by name, for the agency")
	List<PartnerView> all() {
		return partners.all();
	}

	@GetMapping("/partners/{organisation}")
	@Operation(summary = "One partner agency's terms, for the agency")
	PartnerView find(@PathVariable @Size(max = 60) @Pattern(regexp = Requests.MUNICIPALITY_ID) String organisation) {
		return partners.find(OrganisationId.of(organisation));
	}

	@PutMapping("/partners/{organisation}")
	@Operation(summary = "Record a partner agency's terms (version 0 the first time)",
			description = "On a platform organisation of kind REAL_ESTATE_AGENCY: accreditation and agreement with their "
					+ "dates and document references, a contact, the municipalities it covers. Outside those dates its "
					+ "people are refused (403) at their next request.")
	PartnerView record(@PathVariable @Size(max = 60) @Pattern(regexp = Requests.MUNICIPALITY_ID) String organisation,
			@Valid @RequestBody PartnerTermsRequest request) {
		return partners.record(OrganisationId.of(organisation), request.version(), request.terms());
	}

	@GetMapping("/partner")
	@Operation(summary = "The caller's own agency and its terms, for the partner portal")
	PartnerView mine() {
		return partners.mine();
	}
}
