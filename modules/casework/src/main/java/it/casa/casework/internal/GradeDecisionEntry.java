package it.casa.casework.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

import it.casa.casework.CaseView;
import it.casa.casework.GradeDecision;
import it.casa.casework.GradeProposal;
import it.casa.casework.TriageChecklist;
import it.casa.casework.TriageCriterion;
import it.casa.casework.Wording;
import it.casa.platform.module.Stamp;
import it.casa.platform.module.WorkContext;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * One triage of a case (table {@code case_grade_decision}): the checklist, the grade proposed with its criteria, and
 * the grade chosen. The reasons' details are not stored: {@link TriageReasons} tells them again.
 */
@Embeddable
class GradeDecisionEntry {

	@Embedded
	@EmbeddedColumnNaming("decided_%s")
	private Stamp decided;

	private int proposedGrade;

	private int chosenGrade;

	private @Nullable String overrideReason;

	@Convert(converter = WordingColumn.class)
	private @Nullable Wording overrideReasonWording;

	/** The criteria of the proposal, comma-separated, most severe first. */
	private String proposalCriteria;

	@Embedded
	private ChecklistColumns checklist;

	protected GradeDecisionEntry() {
		// for JPA
	}

	static GradeDecisionEntry of(WorkContext work, TriageChecklist checklist, GradeProposal proposal,
			GradeDecision decision) {
		GradeDecisionEntry entry = new GradeDecisionEntry();
		entry.decided = Stamp.of(work);
		entry.proposedGrade = proposal.grade().number();
		entry.chosenGrade = decision.chosen().number();
		entry.overrideReason = decision.overrideReason();
		entry.overrideReasonWording = decision.overrideWording();
		entry.proposalCriteria = proposal.criteria().stream().map(Enum::name).collect(Collectors.joining(","));
		entry.checklist = ChecklistColumns.of(checklist);
		return entry;
	}

	CaseView.GradeDecisionView view(TriageReasons reasons) {
		TriageChecklist recorded = checklist.toChecklist();
		return new CaseView.GradeDecisionView(decided.at(), decided.by(), recorded, proposedGrade,
				reasons.asShownAtTriage(recorded, decided.at(), proposalCriteria()), chosenGrade, overrideReason,
				overrideReasonWording);
	}

	private List<TriageCriterion> proposalCriteria() {
		return proposalCriteria.isEmpty() ? List.of()
				: Arrays.stream(proposalCriteria.split(",")).map(TriageCriterion::valueOf).toList();
	}
}
