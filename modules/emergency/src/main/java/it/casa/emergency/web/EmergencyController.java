package it.casa.emergency.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.web.PagedModel;
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
import it.casa.emergency.AccommodationOffer;
import it.casa.emergency.EmergencyId;
import it.casa.emergency.EmergencyList;
import it.casa.emergency.EmergencyQuery;
import it.casa.emergency.EmergencyService;
import it.casa.emergency.EmergencyStatus;
import it.casa.emergency.EmergencySummary;
import it.casa.emergency.EmergencyView;
import it.casa.emergency.FollowUpKind;
import it.casa.emergency.ProblemType;
import it.casa.emergency.web.Requests.EmergencyClosureRequest;
import it.casa.emergency.web.Requests.FollowUpRequest;
import it.casa.emergency.web.Requests.IntakeCorrectionRequest;
import it.casa.emergency.web.Requests.IntakeRequest;
import it.casa.emergency.web.Requests.MeasureRequest;
import it.casa.emergency.web.Requests.PeopleUpdateRequest;
import it.casa.platform.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

@RestController
@RequestMapping("/api/emergency")
@Tag(name = "Emergencies", description = "Pronto Intervento Sociale: intake, tonight's placement, follow-up checklist, "
		+ "closure and hand-over to case work")
class EmergencyController extends EmergencyApi {

	private final EmergencyService emergencies;

	private final EmergencyList list;

	EmergencyController(EmergencyService emergencies, EmergencyList list) {
		this.emergencies = emergencies;
		this.list = list;
	}

	@PostMapping("/emergencies")
	@Operation(summary = "Record an emergency as taken on the phone",
			description = "Required: reportingEntity.kind, problem.type (with a description for OTHER) and people.count; "
					+ "the rest can be completed later. calledAt defaults to now and may be in the past.")
	ResponseEntity<EmergencyView> report(@Valid @RequestBody IntakeRequest request) {
		EmergencyView reported = emergencies.report(RequestConversion.intake(request));
		return ResponseEntity.created(URI.create("/api/emergency/emergencies/" + reported.id())).body(reported);
	}

	@GetMapping("/emergencies")
	@Operation(summary = "Emergencies, open and overdue first, then the latest call",
			description = "Inside a municipality: its emergencies. With no municipality chosen (agency operators): "
					+ "every municipality's, side by side.")
	PagedModel<EmergencySummary> list(
			@Parameter(description = "District view only: one municipality's id") @RequestParam(required = false)
			@Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*") @Nullable String municipality,
			@Parameter(description = "Statuses; every status by default") @RequestParam(required = false)
			@Nullable Set<EmergencyStatus> status,
			@Parameter(description = "Problem types; every type by default") @RequestParam(required = false)
			@Nullable Set<ProblemType> problemType,
			@Parameter(description = "Only emergencies with an overdue checklist item") @RequestParam(defaultValue = "false")
			boolean overdue,
			@Parameter(description = "Calls at or after this instant") @RequestParam(required = false)
			@Nullable Instant calledFrom,
			@Parameter(description = "Calls before this instant") @RequestParam(required = false)
			@Nullable Instant calledBefore,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(EmergencyQuery.MAX_PAGE_SIZE) int size) {
		EmergencyQuery query = new EmergencyQuery(municipality == null ? null : TenantId.of(municipality),
				status == null ? Set.of() : status, problemType == null ? Set.of() : problemType, overdue, calledFrom,
				calledBefore, page, size);
		return new PagedModel<>(list.list(query));
	}

	@GetMapping("/emergencies/{emergencyId}")
	@Operation(summary = "An emergency, with its measures, checklist and closure")
	EmergencyView find(@PathVariable UUID emergencyId) {
		return emergencies.find(EmergencyId.of(emergencyId));
	}

	@PutMapping("/emergencies/{emergencyId}/intake")
	@Operation(summary = "Correct or complete who reported it, the problem and the place",
			description = "The time of the call stays as recorded.")
	EmergencyView correctIntake(@PathVariable UUID emergencyId, @Valid @RequestBody IntakeCorrectionRequest request) {
		return emergencies.correctIntake(EmergencyId.of(emergencyId), request.version(),
				RequestConversion.correction(request));
	}

	@PutMapping("/emergencies/{emergencyId}/people")
	@Operation(summary = "Replace what is known of the people involved: numbers, names, contact")
	EmergencyView updatePeople(@PathVariable UUID emergencyId, @Valid @RequestBody PeopleUpdateRequest request) {
		return emergencies.updatePeople(EmergencyId.of(emergencyId), request.version(), RequestConversion.people(request));
	}

	@PostMapping("/emergencies/{emergencyId}/measures")
	@Operation(summary = "Record where the household sleeps tonight", description = "The new measure becomes the "
			+ "current one; the first marks the placement item of the checklist done.")
	EmergencyView recordMeasure(@PathVariable UUID emergencyId, @Valid @RequestBody MeasureRequest request) {
		return emergencies.recordMeasure(EmergencyId.of(emergencyId), request.version(), RequestConversion.measure(request));
	}

	@PutMapping("/emergencies/{emergencyId}/follow-up/{item}")
	@Operation(summary = "Mark an item of the follow-up checklist done, or not done to undo a mistake")
	EmergencyView markFollowUp(@PathVariable UUID emergencyId, @PathVariable FollowUpKind item,
			@Valid @RequestBody FollowUpRequest request) {
		return emergencies.markFollowUp(EmergencyId.of(emergencyId), request.version(), item, request.done(),
				request.note());
	}

	@PostMapping("/emergencies/{emergencyId}/closure")
	@Operation(summary = "Close the emergency, handing the household over to case work or not",
			description = "A hand-over needs consentGivenOn and every person involved complete (409 with code "
					+ "emergency.handOver.incomplete and the missing items otherwise); case work then opens a grade-4 "
					+ "case, found at /api/casework/cases/origin/emergency/{emergencyId}. Without hand-over, a note "
					+ "says why.")
	EmergencyView close(@PathVariable UUID emergencyId, @Valid @RequestBody EmergencyClosureRequest request) {
		return emergencies.close(EmergencyId.of(emergencyId), request.version(), RequestConversion.closure(request));
	}

	@GetMapping("/accommodation-offers")
	@Operation(summary = "Places free tonight offered by other modules (Temporary Housing); none until one offers")
	List<AccommodationOffer> offers() {
		return emergencies.accommodationOffersTonight();
	}
}
