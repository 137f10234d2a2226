package it.casa.casework.web;

import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.casa.casework.CaseId;
import it.casa.casework.CaseTimeline;
import it.casa.casework.CaseTimelineEntry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/casework/cases/{caseId}/timeline")
@Tag(name = "Case timeline", description = "What the other functions (modules) did for the household of a case")
class TimelineController extends CaseworkApi {

	private final CaseTimeline timeline;

	TimelineController(CaseTimeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping
	@Operation(summary = "The other modules' entries on the case's timeline, newest first",
			description = "kind is the module's code; the web UI translates it with the module's words and facts.")
	PagedModel<CaseTimelineEntry> entries(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new PagedModel<>(timeline.entries(CaseId.of(caseId), PageRequest.of(page, size)));
	}
}
