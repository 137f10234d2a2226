package it.casa.casework.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.casework.CaseId;
import it.casa.casework.CaseService;
import it.casa.casework.CaseView;
import it.casa.casework.web.Requests.AssigneeRequest;
import it.casa.casework.web.Requests.ChecklistRequest;
import it.casa.casework.web.Requests.ClosureRequest;
import it.casa.casework.web.Requests.FileRequest;
import it.casa.casework.web.Requests.ReasonRequest;
import it.casa.casework.web.Requests.TriageRequest;
import it.casa.platform.StaffRef;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/casework/cases")
@Tag(name = "Cases", description = "Activation requests and the case lifecycle: triage, rejection, closure, reopening")
class CaseController extends CaseworkApi {

	private final CaseService cases;

	CaseController(CaseService cases) {
		this.cases = cases;
	}

	@PostMapping
	@Operation(summary = "File an activation request", description = "For an existing household of the municipality "
			+ "(existingHouseholdId) or a new one (household); requestedOn for a request made earlier (a paper form "
			+ "typed in later: its age and the household's composition are that day's). Municipal and agency operators.")
	ResponseEntity<CaseView> file(@Valid @RequestBody FileRequest request) {
		CaseView filed = request.requestedOn() == null ? cases.file(RequestConversion.activationRequest(request))
				: cases.fileReceivedOn(RequestConversion.activationRequest(request), request.requestedOn());
		return ResponseEntity.created(URI.create("/api/casework/cases/" + filed.id())).body(filed);
	}

	@GetMapping("/{caseId}")
	@Operation(summary = "A case, with its status, grade and closure history")
	CaseView find(@PathVariable UUID caseId) {
		return cases.find(CaseId.of(caseId));
	}

	@PostMapping("/{caseId}/grade-proposal")
	@Operation(summary = "The grade the system proposes for a triage checklist, and why; changes nothing",
			description = "Agency operators.")
	GradeProposalView proposeGrade(@PathVariable UUID caseId, @Valid @RequestBody ChecklistRequest checklist) {
		return GradeProposalView.of(cases.proposeGrade(CaseId.of(caseId), RequestConversion.checklist(checklist, "")));
	}

	@PostMapping("/{caseId}/triage")
	@Operation(summary = "Triage: assign a grade (1-4)", description = "Agency operators. A grade other than the "
			+ "proposed one needs an overrideReason. 409 with code case.transition.invalid on a closed or rejected case.")
	CaseView triage(@PathVariable UUID caseId, @Valid @RequestBody TriageRequest request) {
		return cases.triage(CaseId.of(caseId), request.version(), RequestConversion.triage(request));
	}

	@PostMapping("/{caseId}/rejection")
	@Operation(summary = "Reject a request (before or after triage)", description = "Agency operators.")
	CaseView reject(@PathVariable UUID caseId, @Valid @RequestBody ReasonRequest request) {
		return cases.reject(CaseId.of(caseId), request.version(), request.reason());
	}

	@PostMapping("/{caseId}/closure")
	@Operation(summary = "Close a case, with the restitution record",
			description = "A triaged case (the household withdrew) or one in progress.")
	CaseView close(@PathVariable UUID caseId, @Valid @RequestBody ClosureRequest request) {
		return cases.close(CaseId.of(caseId), request.version(), RequestConversion.closure(request));
	}

	@PostMapping("/{caseId}/reopening")
	@Operation(summary = "Reopen a closed case or a rejected request, for a reason")
	CaseView reopen(@PathVariable UUID caseId, @Valid @RequestBody ReasonRequest request) {
		return cases.reopen(CaseId.of(caseId), request.version(), request.reason());
	}

	@PutMapping("/{caseId}/assignee")
	@Operation(summary = "Make an agency operator responsible for the case (no operatorUserId: nobody)",
			description = "Agency operators.")
	CaseView assign(@PathVariable UUID caseId, @Valid @RequestBody AssigneeRequest request) {
		StaffRef operator = request.operatorUserId() == null || request.operatorUserId().isBlank() ? null
				: new StaffRef(request.operatorUserId().strip(),
						request.operatorName() == null ? request.operatorUserId().strip() : request.operatorName().strip());
		return cases.assign(CaseId.of(caseId), request.version(), operator);
	}
}
