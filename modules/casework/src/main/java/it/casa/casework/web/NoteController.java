package it.casa.casework.web;

import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
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
import it.casa.casework.CaseId;
import it.casa.casework.NoteService;
import it.casa.casework.NoteView;
import it.casa.casework.web.Requests.NoteRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/casework/cases/{caseId}/notes")
@Tag(name = "Shared notes", description = "The timeline of a case, shared by municipality and agency")
class NoteController extends CaseworkApi {

	private final NoteService notes;

	NoteController(NoteService notes) {
		this.notes = notes;
	}

	@GetMapping
	@Operation(summary = "The notes you may read, newest first")
	PagedModel<NoteView> timeline(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new PagedModel<>(notes.timeline(CaseId.of(caseId), PageRequest.of(page, size)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Share a note", description = "visibility ALL, AGENCY_ONLY (agency staff only) or AUTHOR_ONLY.")
	NoteView share(@PathVariable UUID caseId, @Valid @RequestBody NoteRequest request) {
		return notes.share(CaseId.of(caseId), RequestConversion.note(request));
	}
}
