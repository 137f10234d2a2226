package it.casa.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import it.casa.platform.TenantId;

/**
 * The agency assigned a grade to a case: the first triage of a request, or a change of grade later.
 *
 * @param grade the grade assigned
 * @param proposedGrade the grade the system proposed from the checklist
 * @param previousGrade the grade before, null at the first triage
 */
public record CaseTriaged(TenantId tenant, CaseId caseId, Instant occurredAt, CaseFacts facts, Grade grade,
		Grade proposedGrade, @Nullable Grade previousGrade) implements CaseEvent {

	/** Whether the worker chose another grade than the proposed one. */
	public boolean isOverride() {
		return grade != proposedGrade;
	}
}
