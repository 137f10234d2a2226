package it.casa.casework;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The individual project of a case, written together by agency and municipality: agreed once (the case goes in
 * progress), then revised by either side, each revision kept with who made it.
 */
public interface ProjectService {

	@PreAuthorize(Permissions.CASE_READERS)
	ProjectView find(CaseId caseId);

	/**
	 * Agrees the project of a triaged case, which goes {@link CaseStatus#IN_PROGRESS}.
	 *
	 * @param expectedCaseVersion the version of the case the caller saw
	 * @throws InvalidCaseTransitionException unless the case is triaged
	 * @throws ConsentMissingException for an action owned by the autonomy team while the household's consent to the
	 *         team is not in force
	 */
	@PreAuthorize(Permissions.CASE_WORKERS)
	ProjectView agree(CaseId caseId, long expectedCaseVersion, ProjectContent content);

	/**
	 * Replaces the project's text with a new revision.
	 *
	 * @param expectedVersion the version of the project the caller saw
	 * @throws CaseReadOnlyException if the case is closed or rejected
	 * @throws ConsentMissingException for an action newly given to the autonomy team while the household's consent to
	 *         the team is not in force (actions the team already owns stay)
	 */
	@PreAuthorize(Permissions.CASE_WORKERS)
	ProjectView revise(CaseId caseId, long expectedVersion, ProjectContent content);

	/** Every revision, newest first. */
	@PreAuthorize(Permissions.CASE_READERS)
	List<ProjectRevisionView> revisions(CaseId caseId);
}
