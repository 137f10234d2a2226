package it.casa.platform.organisation;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.platform.Organisation;
import it.casa.platform.OrganisationId;
import it.casa.platform.OrganisationKind;
import it.casa.platform.OrganisationStatus;
import it.casa.platform.Role;
import it.casa.platform.web.ModuleProblemHandlers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Agency administrators list, register, suspend, reinstate and renew partner organisations. The people of an
 * organisation sign in with its id in their {@code casa_org} claim; a suspension locks them out from their next
 * request.
 */
@RestController
@RequestMapping("/api/platform/organisations")
@PreAuthorize("hasRole('AGENCY_ADMIN')")
@Tag(name = "Partner organisations", description = "Real-estate agencies, the microcredit foundation, autonomy-team "
		+ "cooperatives and co-housing operators: for agency administrators")
class OrganisationController extends ModuleProblemHandlers {

	private final OrganisationAdministration administration;

	private final OrganisationRegistry registry;

	OrganisationController(OrganisationAdministration administration, OrganisationRegistry registry) {
		this.administration = administration;
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "The organisations, by name", description = "Optionally of one kind; paged.")
	PagedModel<OrganisationView> list(@RequestParam(required = false) @Nullable OrganisationKind kind,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		OrganisationAdministration.Page found = administration.list(kind, page, size);
		return new PagedModel<>(new PageImpl<>(found.items().stream().map(this::view).toList(),
				PageRequest.of(page, size), found.total()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation")
	OrganisationView show(@PathVariable String id) {
		return view(administration.show(parse(id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an organisation",
			description = "Its id is what its people's accounts carry in casa_org: lower-case words joined by hyphens, "
					+ "never reused. It is active from validFrom to validUntil (inclusive).")
	ResponseEntity<OrganisationView> add(@Valid @RequestBody NewOrganisation request) {
		StoredOrganisation added = administration.add(OrganisationId.of(request.id()), request.name().trim(),
				request.kind(), request.validFrom(), request.validUntil());
		return ResponseEntity.created(URI.create("/api/platform/organisations/" + request.id())).body(view(added));
	}

	@PostMapping("/{id}/suspension")
	@Operation(summary = "Suspend an organisation",
			description = "Its people are refused from their next request, whatever their tokens or sessions say.")
	OrganisationView suspend(@PathVariable String id, @Valid @RequestBody OrganisationSuspension request) {
		return view(administration.suspend(parse(id), request.version(), request.reason().trim()));
	}

	@PostMapping("/{id}/reinstatement")
	@Operation(summary = "Lift an organisation's suspension")
	OrganisationView reinstate(@PathVariable String id, @Valid @RequestBody OrganisationReinstatement request) {
		return view(administration.reinstate(parse(id), request.version()));
	}

	@PostMapping("/{id}/renewal")
	@Operation(summary = "Renew an organisation's validity", description = "Sets the last day of its validity.")
	OrganisationView renew(@PathVariable String id, @Valid @RequestBody OrganisationRenewal request) {
		return view(administration.renew(parse(id), request.version(), request.validUntil()));
	}

	@ExceptionHandler(OrganisationRefusedException.class)
	ProblemDetail refused(OrganisationRefusedException ex) {
		ProblemDetail problem = problem(ex.status(), ex.status().getReasonPhrase(), ex.getMessage(), ex.code());
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	/** A malformed id names no organisation: the same 404 as an unknown one. */
	private static OrganisationId parse(String id) {
		if (!OrganisationId.isWellFormed(id)) {
			throw OrganisationRefusedException.notFound();
		}
		return OrganisationId.of(id);
	}

	private OrganisationView view(StoredOrganisation stored) {
		Organisation organisation = stored.organisation();
		return new OrganisationView(organisation.id().value(), organisation.name(), organisation.kind(),
				organisation.kind().role(), organisation.statusOn(registry.today()), organisation.validFrom(),
				organisation.validUntil(), stored.suspendedAt(), stored.suspensionReason(), stored.version());
	}

	/**
	 * A partner organisation.
	 *
	 * @param role the role its people's accounts need (and the only one they may have)
	 * @param status today's: only ACTIVE lets its people in
	 * @param suspensionReason why it was suspended, as the administrator wrote it
	 */
	record OrganisationView(String id, String name, OrganisationKind kind, Role role, OrganisationStatus status,
			LocalDate validFrom, LocalDate validUntil, @Nullable Instant suspendedAt, @Nullable String suspensionReason,
			long version) {
	}

	record NewOrganisation(
			@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens") String id,
			@NotBlank @Size(max = 120) String name, @NotNull OrganisationKind kind, @NotNull LocalDate validFrom,
			@NotNull LocalDate validUntil) {
	}

	/** @param reason why, for the agency's records: about the agreement, never about a person */
	record OrganisationSuspension(@NotNull Long version, @NotBlank @Size(max = 500) String reason) {
	}

	record OrganisationReinstatement(@NotNull Long version) {
	}

	record OrganisationRenewal(@NotNull Long version, @NotNull LocalDate validUntil) {
	}
}
