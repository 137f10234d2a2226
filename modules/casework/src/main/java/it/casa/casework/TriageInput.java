package it.casa.casework;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the agency social worker records at triage: the checklist, the grade they assign and, when it differs from
 * the proposal, why.
 */
public record TriageInput(TriageChecklist checklist, Grade chosenGrade, @Nullable String overrideReason) {

	public TriageInput {
		Objects.requireNonNull(checklist, "checklist");
		Objects.requireNonNull(chosenGrade, "chosenGrade");
	}
}
