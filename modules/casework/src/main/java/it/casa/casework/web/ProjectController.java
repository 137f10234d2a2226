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
import it.casa.casework.ProjectRevisionView;
import it.casa.casework.ProjectService;
import it.casa.casework.ProjectView;
import it.casa.casework.web.Requests.ProjectRequest;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/casework/cases/{caseId}/project")
@Tag(name = "Individual project", description = "Progetto assistenziale individualizzato: goals, actions, ways and times")
class ProjectController extends CaseworkApi {

	private final ProjectService projects;

	ProjectController(ProjectService projects) {
		this.projects = projects;
	}

	@GetMapping
	@Operation(summary = "The project at its latest revision")
	ProjectView find(@PathVariable UUID caseId) {
		return projects.find(CaseId.of(caseId));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Agree the project of a triaged case; the case goes in progress",
			description = "version is the case's version. 409 with code case.transition.invalid unless the case is triaged.")
	ProjectView agree(@PathVariable UUID caseId, @Valid @RequestBody ProjectRequest request) {
		return projects.agree(CaseId.of(caseId), request.version(), RequestConversion.project(request));
	}

	@PutMapping
	@Operation(summary = "Revise the project (a new revision, attributed to you)",
			description = "version is the project's version; actions keep their id, new ones have none, left-out ones are removed.")
	ProjectView revise(@PathVariable UUID caseId, @Valid @RequestBody ProjectRequest request) {
		return projects.revise(CaseId.of(caseId), request.version(), RequestConversion.project(request));
	}

	@GetMapping("/revisions")
	@Operation(summary = "Every revision of the project, newest first, with who made it")
	List<ProjectRevisionView> revisions(@PathVariable UUID caseId) {
		return projects.revisions(CaseId.of(caseId));
	}
}
