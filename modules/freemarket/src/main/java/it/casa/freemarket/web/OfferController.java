package it.casa.freemarket.web;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.freemarket.OfferPage;
import it.casa.freemarket.OfferQuery;
import it.casa.freemarket.OfferService;
import it.casa.freemarket.OfferStatus;
import it.casa.freemarket.OfferView;
import it.casa.freemarket.web.Requests.OfferChangeRequest;
import it.casa.freemarket.web.Requests.OfferRequest;
import it.casa.freemarket.web.Requests.StatusRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

@RestController
@RequestMapping("/api/freemarket")
@Tag(name = "Free Market offers", description = "Homes for rent offered by partner agencies and by the agency")
class OfferController extends FreeMarketApi {

	private final OfferService offers;

	OfferController(OfferService offers) {
		this.offers = offers;
	}

	@PostMapping("/offers")
	@Operation(summary = "Write a new offer (a draft)",
			description = "Energy class and index are required. An agreed-rent offer's rent is checked against the band "
					+ "of its municipality in force today; a partner offers only in the municipalities it covers.")
	ResponseEntity<OfferView> create(@Valid @RequestBody OfferRequest request) {
		OfferView created = offers.create(request.details());
		return ResponseEntity.created(URI.create("/api/freemarket/offers/" + created.id())).body(created);
	}

	@GetMapping("/offers")
	@Operation(summary = "The caller's own offers, the most recently changed first",
			description = "A partner's people: their agency's. The agency's operators: the agency's own offers.")
	OfferPage mine(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return offers.mine(page, size);
	}

	@GetMapping("/offers/{offerId}")
	@Operation(summary = "One of the caller's own offers")
	OfferView find(@PathVariable UUID offerId) {
		return offers.find(offerId);
	}

	@PutMapping("/offers/{offerId}")
	@Operation(summary = "Change a draft or published offer", description = "Names the version it was based on (409 if stale).")
	OfferView change(@PathVariable UUID offerId, @Valid @RequestBody OfferChangeRequest request) {
		return offers.change(offerId, request.version(), request.offer().details());
	}

	@PostMapping("/offers/{offerId}/status")
	@Operation(summary = "Publish, reserve, let, withdraw or reopen an offer",
			description = "Draft -> published or withdrawn; published -> draft, reserved or withdrawn; reserved -> "
					+ "published, let or withdrawn; withdrawn -> draft; a let offer stays let (409 otherwise).")
	OfferView move(@PathVariable UUID offerId, @Valid @RequestBody StatusRequest request) {
		return offers.move(offerId, request.version(), request.status());
	}

	@GetMapping("/market")
	@Operation(summary = "Every partner's offers and the agency's (no other's drafts), for the agency",
			description = "The most recently changed first; optionally of one status, municipality or partner.")
	OfferPage market(@RequestParam(required = false) @Nullable OfferStatus status,
			@Parameter(description = "A municipality's id") @RequestParam(required = false)
			@Pattern(regexp = Requests.MUNICIPALITY_ID) @Nullable String municipality,
			@Parameter(description = "A partner organisation's id") @RequestParam(required = false)
			@Pattern(regexp = Requests.MUNICIPALITY_ID) @Nullable String organisation,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return offers.all(new OfferQuery(status, municipality, organisation,
				page, size));
	}

	@GetMapping("/market/{offerId}")
	@Operation(summary = "One offer of any partner, for the agency")
	OfferView inspect(@PathVariable UUID offerId) {
		return offers.inspect(offerId);
	}
}
