package it.casa.casework.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.casework.CaseId;
import it.casa.casework.InterviewId;
import it.casa.casework.InterviewService;
import it.casa.casework.InterviewView;
import it.casa.casework.web.Requests.CancellationRequest;
import it.casa.casework.web.Requests.InterviewRequest;
import it.casa.casework.web.Requests.OutcomeRequest;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/casework/cases/{caseId}/interviews")
@Tag(name = "Joint interviews", description = "Colloqui congiunti: scheduling and outcome")
class InterviewController extends CaseworkApi {

	private final InterviewService interviews;

	InterviewController(InterviewService interviews) {
		this.interviews = interviews;
	}

	@GetMapping
	@Operation(summary = "The interviews of a case, in date order")
	List<InterviewView> list(@PathVariable UUID caseId) {
		return interviews.list(CaseId.of(caseId));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Schedule a joint interview for an open case")
	InterviewView schedule(@PathVariable UUID caseId, @Valid @RequestBody InterviewRequest request) {
		return interviews.schedule(CaseId.of(caseId), RequestConversion.interview(request));
	}

	@PutMapping("/{interviewId}/outcome")
	@Operation(summary = "Record how a scheduled interview went")
	InterviewView recordOutcome(@PathVariable UUID caseId, @PathVariable UUID interviewId,
			@Valid @RequestBody OutcomeRequest request) {
		return interviews.recordOutcome(CaseId.of(caseId), InterviewId.of(interviewId), request.version(),
				request.outcome().strip());
	}

	@PostMapping("/{interviewId}/cancellation")
	@Operation(summary = "Cancel a scheduled interview, saying why")
	InterviewView cancel(@PathVariable UUID caseId, @PathVariable UUID interviewId,
			@Valid @RequestBody CancellationRequest request) {
		return interviews.cancel(CaseId.of(caseId), InterviewId.of(interviewId), request.version(),
				request.reason().strip());
	}
}
