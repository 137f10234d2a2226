package it.casa.casework;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;

/** Joint interviews (colloqui congiunti) of a case: scheduling and outcome. */
public interface InterviewService {

	@PreAuthorize(Permissions.CASE_READERS)
	List<InterviewView> list(CaseId caseId);

	/** Schedules an interview for an open case. */
	@PreAuthorize(Permissions.CASE_WORKERS)
	InterviewView schedule(CaseId caseId, InterviewPlan plan);

	/** Records how a scheduled interview went; it is then held. */
	@PreAuthorize(Permissions.CASE_WORKERS)
	InterviewView recordOutcome(CaseId caseId, InterviewId id, long expectedVersion, String outcome);

	/** Cancels a scheduled interview; the reason stays in the case file as its outcome. */
	@PreAuthorize(Permissions.CASE_WORKERS)
	InterviewView cancel(CaseId caseId, InterviewId id, long expectedVersion, String reason);
}
